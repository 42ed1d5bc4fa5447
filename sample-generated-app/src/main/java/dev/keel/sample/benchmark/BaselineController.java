package dev.keel.sample.benchmark;

import dev.keel.sample.model.Pagination;
import dev.keel.sample.model.Project;
import dev.keel.sample.model.ProjectPage;
import dev.keel.sample.model.ProjectStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hand-written endpoints that answer what Keel's generated {@code getProject} and {@code listProjects}
 * answer, with plain Spring MVC: the baselines of the load benchmark (benchmarks/app-load.sh). Only the
 * {@code benchmark} profile has them; they sit behind the same security and rate-limit filters.
 */
@RestController
@Profile("benchmark")
@RequestMapping("/api/v1/baseline/projects")
public class BaselineController {
    private static final String COLUMNS = "id, user_id, name, description, status, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final Map<UUID, Project> memory = new ConcurrentHashMap<>();

    public BaselineController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cache-hit baseline: a project held in memory after its first read. It returns the body itself, as Keel's
     * controllers do: Spring MVC sends a {@code ResponseEntity} chunked, one more write per answer.
     */
    @GetMapping("/{id}")
    public Project get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        UUID owner = UUID.fromString(jwt.getSubject());
        Project project = memory.computeIfAbsent(id, key -> find(owner, key).orElse(null));
        if (project == null || !owner.equals(project.userId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return project;
    }

    /** The database baseline: one page of the caller's projects with a plain JdbcTemplate query. */
    @GetMapping
    public ProjectPage list(@AuthenticationPrincipal Jwt jwt) {
        UUID owner = UUID.fromString(jwt.getSubject());
        int limit = 20;
        List<Project> rows = jdbc.query("select " + COLUMNS + " from projects where user_id = ?"
                + " order by created_at desc limit ? offset 0", BaselineController::project, owner, limit);
        Long total = jdbc.queryForObject("select count(*) from projects where user_id = ?", Long.class, owner);
        long count = total == null ? 0 : total;
        return new ProjectPage(rows, new Pagination(1, limit, count, Math.toIntExact((count + limit - 1) / limit)));
    }

    private Optional<Project> find(UUID owner, UUID id) {
        return jdbc.query("select " + COLUMNS + " from projects where id = ? and user_id = ?",
                BaselineController::project, id, owner).stream().findFirst();
    }

    private static Project project(ResultSet row, int index) throws SQLException {
        String status = row.getString("status");
        return new Project(row.getObject("id", UUID.class), row.getObject("user_id", UUID.class),
                row.getString("name"), row.getString("description"),
                status == null ? null : ProjectStatus.fromValue(status),
                row.getObject("created_at", OffsetDateTime.class), row.getObject("updated_at", OffsetDateTime.class));
    }
}
