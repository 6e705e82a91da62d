package org.educa.view.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.educa.business.cache.CacheNames;
import org.educa.business.monitor.CacheStats;

/** Chart.js configurations (JSON, as {@code <p:chart value>} takes them) of the cache monitor's figures. */
final class CacheCharts {

    private CacheCharts() {
    }

    /** One series per figure: its label, colour and value; one (horizontal) bar per cache, all members added up. */
    record Series(String label, String colour, ToLongFunction<CacheStats> figure) {
    }

    static String bars(List<CacheStats> statistics, Function<String, String> cacheLabel, Series... series) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        CacheNames.ALL.forEach(cache -> labels.add(cacheLabel.apply(cache)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            CacheNames.ALL.forEach(cache -> data.add(statistics.stream().filter(stats -> stats.cache().equals(cache))
                    .mapToLong(one.figure()).sum()));
            datasets.add(Json.createObjectBuilder().add("label", one.label()).add("backgroundColor", one.colour())
                    .add("borderRadius", 4).add("data", data));
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

    private static JsonObjectBuilder object(String name, String value) {
        return Json.createObjectBuilder().add(name, value);
    }
}
