package org.educa.view.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;
import org.educa.business.cache.CacheNames;
import org.educa.business.monitor.CacheStats;
import org.omnifaces.util.Faces;

/**
 * Chart.js configurations (JSON, as {@code <p:chart value>} takes them) of the cache monitor's figures, labelled from
 * the page's resource bundle ({@code msg}) in the visitor's language.
 */
final class CacheCharts {

    private CacheCharts() {
    }

    /** One series per figure: its label's key, colour and value; a (horizontal) bar per cache, all members added. */
    private record Series(String key, String colour, ToLongFunction<CacheStats> figure) {
    }

    static String hits(List<CacheStats> statistics) {
        return bars(statistics, new Series("admin.cache.hits", "#16a34a", CacheStats::hits),
                new Series("admin.cache.misses", "#dc2626", CacheStats::misses));
    }

    static String entries(List<CacheStats> statistics) {
        return bars(statistics, new Series("admin.cache.entries", "#2563eb", CacheStats::entries));
    }

    /** The name people read for a cache, such as "Catalog pages". */
    static String label(String cache) {
        return text().getString("admin.cache.name." + cache);
    }

    private static String bars(List<CacheStats> statistics, Series... series) {
        ResourceBundle text = text();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        CacheNames.ALL.forEach(cache -> labels.add(text.getString("admin.cache.name." + cache)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            CacheNames.ALL.forEach(cache -> data.add(statistics.stream().filter(stats -> stats.cache().equals(cache))
                    .mapToLong(one.figure()).sum()));
            datasets.add(Json.createObjectBuilder().add("label", text.getString(one.key()))
                    .add("backgroundColor", one.colour()).add("borderRadius", 4).add("data", data));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend", object("position", "bottom"))))
                .build().toString();
    }

    private static ResourceBundle text() {
        return Faces.getResourceBundle("msg");
    }

    private static JsonObjectBuilder object(String name, String value) {
        return Json.createObjectBuilder().add(name, value);
    }
}
