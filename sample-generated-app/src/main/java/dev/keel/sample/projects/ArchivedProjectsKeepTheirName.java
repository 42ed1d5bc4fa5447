package dev.keel.sample.projects;

import dev.keel.sample.data.ProjectCrudHandler;
import dev.keel.sample.data.ProjectService;
import dev.keel.sample.model.Project;
import dev.keel.sample.model.ProjectPatch;
import dev.keel.sample.model.ProjectReplace;
import dev.keel.sample.model.ProjectStatus;
import dev.keel.sample.support.ApiProblemException;
import dev.keel.sample.support.PatchRequest;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A business rule on top of the generated CRUD handler: an archived project keeps its name. Being a
 * {@code ProjectsHandler} bean, it replaces Keel's; every operation it does not override stays generated.
 */
@Component
public class ArchivedProjectsKeepTheirName extends ProjectCrudHandler {

    public ArchivedProjectsKeepTheirName(ProjectService projectService) {
        super(projectService);
    }

    @Override
    public Project replaceProject(UUID id, ProjectReplace body) {
        refuseRenameIfArchived(id, body.name());
        return super.replaceProject(id, body);
    }

    @Override
    public Project updateProject(UUID id, PatchRequest<ProjectPatch> body) {
        if (body.has("name")) {
            refuseRenameIfArchived(id, body.value().name());
        }
        return super.updateProject(id, body);
    }

    private void refuseRenameIfArchived(UUID id, String newName) {
        Project current = projectService.get(id);
        if (current.status() == ProjectStatus.ARCHIVED && !Objects.equals(current.name(), newName)) {
            throw ApiProblemException.conflict("name", "An archived project keeps its name; unarchive it first.");
        }
    }
}
