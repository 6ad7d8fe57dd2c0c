package vn.ansinh.account.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.account.domain.AccountStatus;

/** An {@link AccountLookup} held in memory: people by personal ID, the banks of V9, steps already recorded. */
final class FakeAccountLookup implements AccountLookup {

    static final String TUAN_GIAO = "03253";
    static final String QUY_HOP = "17035";

    private final Map<String, PersonAccount> people = new HashMap<>();
    private final Set<RecordedStep> recorded = new HashSet<>();

    FakeAccountLookup person(String personalId, long id, String name, String commune) {
        people.put(personalId, new PersonAccount(id, name, commune, AccountStatus.NONE, null, null, null));
        return this;
    }

    FakeAccountLookup account(String personalId, AccountStatus status, String bank, String number, LocalDate lastStep) {
        PersonAccount p = people.get(personalId);
        people.put(
                personalId,
                new PersonAccount(p.personId(), p.fullName(), p.communeCode(), status, bank, number, lastStep));
        return this;
    }

    FakeAccountLookup recorded(String personalId, AccountStatus to, LocalDate on) {
        recorded.add(new RecordedStep(people.get(personalId).personId(), to, on));
        return this;
    }

    @Override
    public Map<String, PersonAccount> byPersonalIds(Collection<String> personalIds) {
        return personalIds.stream()
                .filter(people::containsKey)
                .distinct()
                .collect(Collectors.toMap(id -> id, people::get));
    }

    @Override
    public Set<String> bankCodes() {
        return Set.of("VBSP", "AGRIBANK", "VIETINBANK", "BIDV", "VIETCOMBANK", "LPBANK", "VIETTELMONEY");
    }

    @Override
    public Set<RecordedStep> recordedSteps(Collection<Long> personIds) {
        return recorded.stream().filter(s -> personIds.contains(s.personId())).collect(Collectors.toSet());
    }
}
