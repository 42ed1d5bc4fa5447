package dev.keel.sample.projects;

import dev.keel.sample.api.ProjectsHandler;
import dev.keel.sample.model.Pagination;
import dev.keel.sample.model.Project;
import dev.keel.sample.model.ProjectCreate;
import dev.keel.sample.model.ProjectPage;
import dev.keel.sample.model.ProjectPatch;
import dev.keel.sample.model.ProjectReplace;
import dev.keel.sample.model.ProjectStatus;
import dev.keel.sample.support.ApiProblemException;
import dev.keel.sample.support.PatchRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Hand-written business code beside the generated API layer: it implements the generated handler
 * interface and the generated controller validates every request before it gets here. Projects are kept in
 * memory until the data layer stores them in PostgreSQL.
 */
@Component
public class InMemoryProjectsHandler implements ProjectsHandler {

    /** Until authentication exists every project belongs to this one user. */
    public static final UUID SINGLE_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final Map<UUID, Project> projects = new ConcurrentHashMap<>();

    @Override
    public ProjectPage listProjects(Integer page, Integer limit, ProjectStatus status, String sort) {
        List<Project> matching = projects.values().stream()
                .filter(project -> status == null || project.status() == status)
                .sorted(Comparator.comparing(Project::createdAt).reversed())
                .toList();
        int from = Math.min((page - 1) * limit, matching.size());
        int to = Math.min(from + limit, matching.size());
        int totalPages = (matching.size() + limit - 1) / limit;
        return new ProjectPage(matching.subList(from, to), new Pagination(page, limit, (long) matching.size(), totalPages));
    }

    @Override
    public Project createProject(ProjectCreate body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Project project = Project.builder()
                .id(UUID.randomUUID())
                .userId(SINGLE_USER)
                .name(body.name())
                .description(body.description())
                .status(body.status())
                .createdAt(now)
                .updatedAt(now)
                .build();
        projects.put(project.id(), project);
        return project;
    }

    @Override
    public Project getProject(UUID id) {
        Project project = projects.get(id);
        if (project == null) {
            throw ApiProblemException.notFound("Project " + id + " does not exist");
        }
        return project;
    }

    @Override
    public Project replaceProject(UUID id, ProjectReplace body) {
        return store(getProject(id).toBuilder()
                .name(body.name()).description(body.description()).status(body.status()));
    }

    @Override
    public Project updateProject(UUID id, PatchRequest<ProjectPatch> body) {
        Project.Builder changed = getProject(id).toBuilder();
        ProjectPatch patch = body.value();
        if (body.has("name")) {
            changed.name(patch.name());
        }
        if (body.has("description")) {
            changed.description(patch.description());
        }
        if (body.has("status")) {
            changed.status(patch.status());
        }
        return store(changed);
    }

    @Override
    public void deleteProject(UUID id) {
        if (projects.remove(id) == null) {
            throw ApiProblemException.notFound("Project " + id + " does not exist");
        }
    }

    private Project store(Project.Builder changed) {
        Project project = changed.updatedAt(OffsetDateTime.now(ZoneOffset.UTC)).build();
        projects.put(project.id(), project);
        return project;
    }
}
