package vn.ansinh.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import vn.ansinh.shared.kernel.InvalidValueException;

/** A caller's {@code Idempotency-Key}: 1 to 100 visible ASCII characters, scoped to the caller. */
@Embeddable
public class IdempotencyKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "caller", nullable = false, length = 100)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 100)
    private String key;

    protected IdempotencyKey() {}

    public IdempotencyKey(String caller, String key) {
        if (key == null || key.isEmpty() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidValueException("api.error.idempotencyKey");
        }
        this.caller = Objects.requireNonNull(caller);
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdempotencyKey other && caller.equals(other.caller) && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caller, key);
    }
}
