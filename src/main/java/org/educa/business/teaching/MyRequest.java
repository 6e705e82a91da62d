package org.educa.business.teaching;

import java.time.LocalDateTime;
import org.educa.model.InstructorRequest;
import org.educa.model.InstructorRequest.Status;

/** A person's latest request to teach, as their own page shows it: what they wrote and what became of it. */
public record MyRequest(Status status, String motivation, String reason, LocalDateTime created, LocalDateTime decided) {

    static MyRequest of(InstructorRequest request) {
        return new MyRequest(request.getStatus(), request.getMotivation(), request.getReason(), request.getCreated(),
                request.getDecided());
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean granted() {
        return status == Status.GRANTED;
    }

    public boolean refused() {
        return status == Status.REFUSED;
    }
}
