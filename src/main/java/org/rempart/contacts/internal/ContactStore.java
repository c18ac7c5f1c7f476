package org.rempart.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IdentitySealer;
import org.rempart.vault.SealedIdentity;
import org.rempart.vault.Vault;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes batches of validated contacts, new or matched, with their identities in the vault and
 * their consent changes in the history: the one write path of imports and of the API.
 */
@Component
public class ContactStore {

    private final ContactRepository repository;
    private final Vault vault;
    private final IdentitySealer sealer;
    private final Clock clock;

    ContactStore(ContactRepository repository, Vault vault, IdentitySealer sealer, Clock clock) {
        this.repository = repository;
        this.vault = vault;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** A new contact, its identity already sealed under its id; {@code line} is its import line, if any. */
    public record NewContact(long id, ValidatedContact contact, ContactAddresses addresses, SealedIdentity sealed,
            Long line) {
    }

    /** A change to a stored contact, with its consents as they were before. */
    public record Change(Match current, ValidatedContact contact, ContactAddresses addresses, Long line) {
    }

    public SealedIdentity seal(long id, ContactIdentity identity) {
        return sealer.seal(id, identity);
    }

    @Transactional
    public void write(List<NewContact> created, List<Change> changed, String source, ConsentProof proof) {
        Instant now = clock.instant();
        List<ContactRepository.ConsentChange> consents = new ArrayList<>();
        if (!created.isEmpty()) {
            sealer.store(created.stream().map(NewContact::sealed).toList());
            repository.insert(created.stream().map(c -> new ContactRepository.Write(c.id(), c.contact(),
                    c.addresses())).toList(), source, now);
            for (NewContact c : created) {
                c.contact().consents().forEach((channel, status) -> consents.add(
                        new ContactRepository.ConsentChange(c.id(), channel, status, proof, c.line())));
            }
        }
        if (!changed.isEmpty()) {
            Map<Long, ContactIdentity> identities = new HashMap<>();
            changed.forEach(c -> identities.merge(c.current().contactId(), c.contact().identity(),
                    ContactIdentity::mergedWith));
            vault.merge(identities);
            repository.update(changed.stream().map(c -> new ContactRepository.Write(c.current().contactId(),
                    c.contact(), c.addresses())).toList());
            for (Change c : changed) {
                for (var consent : c.contact().consents().entrySet()) {
                    Channel channel = consent.getKey();
                    ConsentStatus status = consent.getValue();
                    if (status != c.current().consent(channel)) {
                        consents.add(new ContactRepository.ConsentChange(c.current().contactId(), channel, status,
                                proof, c.line()));
                    }
                }
            }
        }
        repository.insertConsents(consents, now);
    }
}
