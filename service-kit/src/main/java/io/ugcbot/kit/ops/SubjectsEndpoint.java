package io.ugcbot.kit.ops;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /actuator/subjects/<id>}: what this service's own tables say about a generation, request or user. */
@Endpoint(id = "subjects")
public class SubjectsEndpoint {

    private final List<SubjectState> states;

    public SubjectsEndpoint(List<SubjectState> states) {
        this.states = states;
    }

    @ReadOperation
    public List<Map<String, Object>> subject(@Selector String id) {
        List<Map<String, Object>> rows = new ArrayList<>();
        states.forEach(state -> rows.addAll(state.describe(id)));
        return rows;
    }
}
