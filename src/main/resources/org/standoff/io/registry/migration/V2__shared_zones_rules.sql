-- Standoff team registry, schema version 2 (issue #21; docs/REGISTRY.md): the team's zones and
-- rule sets, published by owners so that everyone screens against the same rules.
-- Never edit this file once released: add V3__... instead.

-- The change counter a pull of shared items follows.
CREATE SEQUENCE shared_item_revision AS bigint;

-- One row per zone or rule set, never deleted (a deletion is a tombstone). body is the item as
-- JSON, one key per field (org.standoff.io.registry.SharedItems), merged key by key.
CREATE TABLE shared_item (
    kind         text NOT NULL CHECK (kind IN ('zone', 'rule_set')),
    item_id      text NOT NULL,
    version      integer NOT NULL,
    revision     bigint NOT NULL,
    deleted      boolean NOT NULL DEFAULT false,
    name         text NOT NULL,
    body         jsonb NOT NULL,
    published_by text NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (kind, item_id)
);
CREATE UNIQUE INDEX shared_item_revision_idx ON shared_item (revision);

-- As for sites: version, revision and authorship are the database's; writers are serialised so
-- that revisions become visible in commit order.
CREATE FUNCTION shared_item_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.shared_item'));
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        NEW.version := OLD.version + 1;
        NEW.kind := OLD.kind;
        NEW.item_id := OLD.item_id;
    END IF;
    NEW.revision := nextval(TG_TABLE_SCHEMA || '.shared_item_revision');
    NEW.published_by := current_user;
    NEW.published_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER shared_item_stamp BEFORE INSERT OR UPDATE ON shared_item FOR EACH ROW EXECUTE FUNCTION shared_item_stamp();

-- Who published what and when, append-only, written by the database.
CREATE TABLE shared_item_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL,
    item_id      text NOT NULL,
    version      integer NOT NULL,
    deleted      boolean NOT NULL,
    changed_by   text NOT NULL,
    changed_at   timestamptz NOT NULL,
    body         jsonb NOT NULL
);
CREATE FUNCTION shared_item_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO shared_item_history (kind, item_id, version, deleted, changed_by, changed_at, body)
    VALUES (NEW.kind, NEW.item_id, NEW.version, NEW.deleted, NEW.published_by, NEW.published_at, NEW.body);
    RETURN NULL;
END
$$;
ALTER FUNCTION shared_item_audit() SET search_path = ${flyway:defaultSchema}, public;
CREATE TRIGGER shared_item_audit AFTER INSERT OR UPDATE ON shared_item FOR EACH ROW EXECUTE FUNCTION shared_item_audit();
CREATE TRIGGER shared_item_history_is_append_only BEFORE UPDATE OR DELETE ON shared_item_history
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER shared_item_history_is_not_truncated BEFORE TRUNCATE ON shared_item_history
    FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER shared_item_is_never_deleted BEFORE DELETE ON shared_item FOR EACH ROW EXECUTE FUNCTION history_is_append_only();

-- Everyone reads the team's zones and rules; only owners publish them.
REVOKE ALL ON shared_item, shared_item_history FROM PUBLIC;
GRANT SELECT ON shared_item, shared_item_history TO "${viewer_role}";
GRANT INSERT, UPDATE ON shared_item TO "${owner_role}";
GRANT USAGE ON SEQUENCE shared_item_revision TO "${owner_role}";
