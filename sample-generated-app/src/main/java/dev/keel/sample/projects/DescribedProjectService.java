package dev.keel.sample.projects;

import dev.keel.sample.audit.AuditLog;
import dev.keel.sample.cache.KeelCacheManager;
import dev.keel.sample.data.ProjectRepository;
import dev.keel.sample.data.ProjectService;
import dev.keel.sample.model.Project;
import dev.keel.sample.model.ProjectCreate;
import dev.keel.sample.support.OwnerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generated project service with one method overridden: a project created without a description
 * gets a default one. Declaring this bean makes Keel's own {@code ProjectService} back off.
 */
@Service
public class DescribedProjectService extends ProjectService {

    static final String DEFAULT_DESCRIPTION = "No description yet.";

    /** The generated service's full constructor: caching and the audit trail stay as Keel configures them. */
    public DescribedProjectService(ProjectRepository repository, OwnerResolver owners, KeelCacheManager caches,
            AuditLog audit) {
        super(repository, owners, ProjectService.caches(caches), audit);
    }

    @Override
    @Transactional
    public Project create(ProjectCreate body) {
        if (body.description() == null || body.description().isBlank()) {
            body = body.toBuilder().description(DEFAULT_DESCRIPTION).build();
        }
        return super.create(body);
    }
}
