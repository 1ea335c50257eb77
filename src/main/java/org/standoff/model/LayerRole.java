package org.standoff.model;

import java.util.Locale;

/** What a layer means to the analysis: installations and substations are measured against. */
public enum LayerRole {
    /** Military installations; polygons measured from their boundary. */
    INSTALLATIONS("Installations"),
    /** Grid substations; usually points. */
    SUBSTATIONS("Substations"),
    /** Anything else: context only. */
    OTHER("Other");

    private final String label;

    LayerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A first guess from the layer's name and field names and whether it holds points: the user
     * can always change it. Names win over geometry because publishers name files plainly.
     */
    public static LayerRole guess(String layerName, Iterable<String> fieldNames, boolean points) {
        String n = layerName.toLowerCase(Locale.ROOT);
        if (n.matches(".*(install|military|milit|base|dod|defen[cs]e|fort|army|navy|air ?force|usaf|marine).*")) {
            return INSTALLATIONS;
        }
        if (n.matches(".*(substation|subst|electric|grid|transmission|power).*")) {
            return SUBSTATIONS;
        }
        for (String f : fieldNames) {
            String fl = f.toLowerCase(Locale.ROOT);
            if (fl.contains("volt") || fl.equals("max_volt") || fl.equals("substation")) {
                return SUBSTATIONS;
            }
            if (fl.contains("component")
                    || fl.contains("site_name") && !points
                    || fl.contains("oper_stat")
                    || fl.contains("joint_base")) {
                return INSTALLATIONS;
            }
        }
        return OTHER;
    }
}
