package nl.tweespoor.adoption;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adoption signals per department: experiments run and concluded, participants, learnings shared. */
@Service
public class AdoptionService {

    private final AdoptionRepository repository;

    AdoptionService(AdoptionRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdoptionSignal> perDepartment() {
        return repository.perDepartment();
    }
}
