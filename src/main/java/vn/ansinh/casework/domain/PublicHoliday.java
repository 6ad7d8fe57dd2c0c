package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday (ngày nghỉ lễ, Tết): not a working day. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "name", nullable = false)
    private String name;

    protected PublicHoliday() {
        // for JPA
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
