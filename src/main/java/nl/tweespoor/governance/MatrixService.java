package nl.tweespoor.governance;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Items × principles, so leaders see at a glance where the norms are not met. Everyone may read it. */
@Service
public class MatrixService {

    private final MatrixRepository repository;

    MatrixService(MatrixRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MatrixRow> page(MatrixFilter filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(MatrixFilter filter) {
        return repository.count(filter);
    }
}
