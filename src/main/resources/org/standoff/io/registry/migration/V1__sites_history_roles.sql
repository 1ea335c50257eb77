-- Standoff team site registry, schema version 1 (issue #21; docs/REGISTRY.md).
-- Run by Flyway inside the registry's schema (search_path = that schema, public), by the
-- account given to 'standoff registry init', which becomes the owner of every object here.
-- Never edit this file once released: add V2__... instead.

-- PostGIS, for the site locations. A DBA may already have created it (CREATE EXTENSION
-- needs a superuser or the database owner on a trusted install).
CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

-- Which registry this is: a project remembers the id, so it never syncs with another by mistake.
CREATE TABLE registry_info (
    registry_id uuid PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT current_user
);
INSERT INTO registry_info (registry_id) VALUES (gen_random_uuid());

-- The change counter a pull's cursor follows: every insert or update of a site takes the next value.
CREATE SEQUENCE site_revision AS bigint;

-- One row per site, never deleted: a deletion is a tombstone (deleted = true), so it syncs.
CREATE TABLE site (
    uid                     uuid PRIMARY KEY,
    version                 integer NOT NULL,
    revision                bigint NOT NULL,
    deleted                 boolean NOT NULL DEFAULT false,
    geom                    public.geometry(Point, 4326) NOT NULL,
    name                    text,
    operator                text,
    owner                   text,
    owner_country           text,
    foreign_controlled      boolean,
    foreign_controlled_text text,
    capacity_mw             double precision,
    capacity_text           text,
    status                  text,
    address                 text,
    source                  text,
    confidence              text,
    notes                   text,
    created_by              text NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_by              text NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE UNIQUE INDEX site_revision_idx ON site (revision);
CREATE INDEX site_geom_idx ON site USING gist (geom);

-- Versions, revisions and authorship are the database's, never the client's. Writers are
-- serialised by a transaction lock taken before the revision is drawn, so revisions become
-- visible in commit order and a pull's cursor never skips a change committed late.
CREATE FUNCTION site_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.site'));
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.created_by := current_user;
        NEW.created_at := now();
    ELSE
        NEW.version := OLD.version + 1;
        NEW.created_by := OLD.created_by;
        NEW.created_at := OLD.created_at;
        NEW.uid := OLD.uid;
    END IF;
    NEW.revision := nextval(TG_TABLE_SCHEMA || '.site_revision');
    NEW.updated_by := current_user;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER site_stamp BEFORE INSERT OR UPDATE ON site FOR EACH ROW EXECUTE FUNCTION site_stamp();

-- The audit trail: one row per change, written by the database itself, append-only.
CREATE TABLE site_history (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_uid   uuid NOT NULL,
    version    integer NOT NULL,
    revision   bigint NOT NULL,
    operation  text NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'restore')),
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL,
    source     text,
    changes    jsonb NOT NULL
);
CREATE INDEX site_history_site_idx ON site_history (site_uid, version);

-- What changed, field by field: {"field": {"old": ..., "new": ...}}; the location as WKT.
CREATE FUNCTION site_fields(s site) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT (to_jsonb(s) - ARRAY['uid', 'version', 'revision', 'deleted', 'geom', 'created_by', 'created_at', 'updated_by', 'updated_at'])
           || jsonb_build_object('location', public.ST_AsText(s.geom))
$$;

-- SECURITY DEFINER: editors cannot write site_history themselves; the author is the
-- updated_by that site_stamp() set from current_user.
CREATE FUNCTION site_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    new_fields jsonb;
    old_fields jsonb;
    diff jsonb;
    op text;
BEGIN
    new_fields := site_fields(NEW);
    IF TG_OP = 'INSERT' THEN
        old_fields := '{}'::jsonb;
        op := CASE WHEN NEW.deleted THEN 'delete' ELSE 'insert' END;
    ELSE
        old_fields := site_fields(OLD);
        op := CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete'
                   WHEN OLD.deleted AND NOT NEW.deleted THEN 'restore'
                   ELSE 'update' END;
    END IF;
    SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)), '{}'::jsonb)
      INTO diff
      FROM jsonb_each(new_fields) n LEFT JOIN jsonb_each(old_fields) o ON o.key = n.key
     WHERE n.value IS DISTINCT FROM o.value AND NOT (o.value IS NULL AND n.value = 'null'::jsonb);
    INSERT INTO site_history (site_uid, version, revision, operation, changed_by, changed_at, source, changes)
    VALUES (NEW.uid, NEW.version, NEW.revision, op, NEW.updated_by, NEW.updated_at, NEW.source, diff);
    RETURN NULL;
END
$$;
ALTER FUNCTION site_audit() SET search_path = ${flyway:defaultSchema}, public;
CREATE TRIGGER site_audit AFTER INSERT OR UPDATE ON site FOR EACH ROW EXECUTE FUNCTION site_audit();

CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'site_history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER history_is_append_only BEFORE UPDATE OR DELETE ON site_history
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER history_is_not_truncated BEFORE TRUNCATE ON site_history
    FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();
-- A site row is never deleted either: deletions are tombstones.
CREATE TRIGGER site_is_never_deleted BEFORE DELETE ON site FOR EACH ROW EXECUTE FUNCTION history_is_append_only();

-- Roles by grants: viewers read, editors write sites, owners also manage the team's roles
-- (and, in later versions, the shared layers and rules).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${viewer_role}') THEN CREATE ROLE "${viewer_role}" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${editor_role}') THEN CREATE ROLE "${editor_role}" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${owner_role}') THEN CREATE ROLE "${owner_role}" NOLOGIN; END IF;
END
$$;
GRANT "${viewer_role}" TO "${editor_role}";
GRANT "${editor_role}" TO "${owner_role}";
GRANT "${viewer_role}", "${editor_role}" TO "${owner_role}" WITH ADMIN OPTION;
REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO "${viewer_role}";
GRANT SELECT ON registry_info, site, site_history, "${flyway:table}" TO "${viewer_role}";
GRANT INSERT, UPDATE ON site TO "${editor_role}";
GRANT USAGE ON SEQUENCE site_revision TO "${editor_role}";
