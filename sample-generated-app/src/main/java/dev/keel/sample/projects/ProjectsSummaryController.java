package dev.keel.sample.projects;

import static dev.keel.sample.db.tables.Projects.PROJECTS;

import dev.keel.sample.model.ProjectStatus;
import dev.keel.sample.support.OwnerResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint outside the contract, in plain Spring MVC over the generated jOOQ table classes. It sits
 * behind the generated security (no token: 401) and sees the rows the generated endpoints would.
 */
@RestController
public class ProjectsSummaryController {

    private final DSLContext dsl;
    private final OwnerResolver owners;

    public ProjectsSummaryController(DSLContext dsl, OwnerResolver owners) {
        this.dsl = dsl;
        this.owners = owners;
    }

    /** The caller's projects counted by status, every status listed (zero included), in one query. */
    public record ProjectsSummary(long total, Map<String, Integer> byStatus) {
    }

    @GetMapping("/api/v1/projects-summary")
    @Transactional(readOnly = true)
    public ProjectsSummary summary() {
        Condition visible = owners.visibleOwner().map(PROJECTS.USER_ID::eq).orElse(DSL.noCondition());
        Field<Integer> count = DSL.count();
        Map<String, Integer> counts = dsl.select(PROJECTS.STATUS, count)
                .from(PROJECTS)
                .where(visible)
                .groupBy(PROJECTS.STATUS)
                .fetchMap(PROJECTS.STATUS, count);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status.value(), counts.getOrDefault(status.value(), 0));
        }
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        return new ProjectsSummary(total, byStatus);
    }
}
