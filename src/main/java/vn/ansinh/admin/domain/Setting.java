package vn.ansinh.admin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A system setting and who last changed it. Changed only through {@link #change}. */
@Entity
@Table(name = "app_setting")
public class Setting implements Serializable {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Setting() {
        // for JPA
    }

    /** Sets a new value, validated by the key's rule. */
    public void change(String newValue, String by, Instant at) {
        this.value = key().validate(newValue);
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public SettingKey key() {
        return SettingKey.valueOf(key);
    }

    public String value() {
        return value;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
