package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void jsonGivesEachStageItsStartAndLengthInOrderOfEnding() throws Exception {
        List<String> reported = new ArrayList<>();
        Timings timings = new Timings(s -> reported.add(s.name()));
        String value = timings.time("first", () -> {
            Thread.sleep(20);
            return "done";
        });
        timings.time("second", () -> null);
        assertEquals("done", value);
        assertEquals(List.of("first", "second"), reported);

        JsonNode json = new ObjectMapper().readTree(timings.json());
        JsonNode first = json.get("stages").get(0);
        JsonNode second = json.get("stages").get(1);
        assertEquals("first", first.get("name").asText());
        assertTrue(first.get("ms").asLong() >= 20, json.toString());
        assertTrue(second.get("start_ms").asLong() >= first.get("start_ms").asLong() + first.get("ms").asLong(),
                "the second stage starts after the first ends: " + json);
        assertTrue(json.get("total_ms").asLong() >= second.get("start_ms").asLong(), json.toString());
    }
}
