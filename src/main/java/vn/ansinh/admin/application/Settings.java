package vn.ansinh.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;

/** Reading the system settings. Changes go through {@link ChangeSettingCommand}. */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    private EntityManager em;

    public List<Setting> all() {
        return em.createQuery("select s from Setting s order by s.key", Setting.class)
                .getResultList();
    }

    public Optional<String> value(SettingKey key) {
        return Optional.ofNullable(em.find(Setting.class, key.name())).map(Setting::value);
    }
}
