package org.rempart.contacts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ContactKind;
import org.rempart.contacts.SqlFilter;
import org.rempart.contacts.SuppressionList;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.AccessPurpose;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IndexedField;
import org.rempart.vault.MaskedIdentity;
import org.rempart.vault.Vault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Single contacts: create, change, read masked, reveal for a reason, find by address, erase. */
@Service
public class ContactService {

    private final ContactRepository repository;
    private final ContactStore store;
    private final ContactValidator validator;
    private final AddressIndexer indexer;
    private final Vault vault;
    private final AuditLog audit;
    private final SuppressionList suppressions;

    ContactService(ContactRepository repository, ContactStore store, ContactValidator validator,
            AddressIndexer indexer, Vault vault, AuditLog audit, SuppressionList suppressions) {
        this.repository = repository;
        this.store = store;
        this.validator = validator;
        this.indexer = indexer;
        this.vault = vault;
        this.audit = audit;
        this.suppressions = suppressions;
    }

    /** A contact as screens see it: clear columns and masked identifiers. */
    public record MaskedContact(ContactRow row, MaskedIdentity identity) {
    }

    public record Page(List<MaskedContact> items, long total) {
    }

    @Transactional
    public long create(RawContact raw, String source, ConsentProof proof) {
        ValidatedContact contact = valid(raw, ContactValidator.Mode.NEW_OR_MATCHED).withDefaultKind(ContactKind.PROSPECT);
        ContactAddresses addresses = indexer.of(contact.identity());
        existing(addresses).ifPresent(match -> {
            throw RequestRejectedException.conflict("A contact with this email address or mobile number already "
                    + "exists: " + match.contactId());
        });
        long id = repository.allocateIds(1).getFirst();
        store.write(List.of(new ContactStore.NewContact(id, contact, addresses, store.seal(id, contact.identity()),
                null)), List.of(), source, proof);
        return id;
    }

    @Transactional
    public void update(long id, RawContact raw, ConsentProof proof) {
        ContactRow row = row(id);
        ValidatedContact contact = valid(raw, ContactValidator.Mode.CHANGE);
        ContactAddresses addresses = indexer.of(contact.identity());
        existing(addresses).filter(match -> match.contactId() != id).ifPresent(match -> {
            throw RequestRejectedException.conflict("Another contact has this email address or mobile number: "
                    + match.contactId());
        });
        store.write(List.of(), List.of(new ContactStore.Change(new Match(id, row.consentEmail(), row.consentSms()),
                contact, addresses, null)), null, proof);
    }

    private ValidatedContact valid(RawContact raw, ContactValidator.Mode mode) {
        return switch (validator.validate(raw, mode)) {
            case Validation.Valid valid -> valid.contact();
            case Validation.Invalid invalid -> throw new InvalidContactException(invalid.field(), invalid.reason());
        };
    }

    private Optional<Match> existing(ContactAddresses addresses) {
        return lookup(ContactRepository.AddressColumn.EMAIL, addresses.email())
                .or(() -> lookup(ContactRepository.AddressColumn.MOBILE, addresses.mobile()));
    }

    private Optional<Match> lookup(ContactRepository.AddressColumn column, String index) {
        return index == null ? Optional.empty()
                : Optional.ofNullable(repository.findByIndex(column, List.of(index)).get(index));
    }

    public ContactRow row(long id) {
        return repository.find(id).orElseThrow(() -> RequestRejectedException.notFound("No such contact: " + id));
    }

    public MaskedContact get(long id) {
        ContactRow row = row(id);
        return new MaskedContact(row, vault.masked(List.of(id)).get(id));
    }

    public Page page(SqlFilter where, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw RequestRejectedException.badRequest("page must be 0 or more and size between 1 and 500");
        }
        List<ContactRow> rows = repository.page(where, (long) page * size, size);
        return new Page(masked(rows), repository.count(where));
    }

    private List<MaskedContact> masked(List<ContactRow> rows) {
        Map<Long, MaskedIdentity> identities = vault.masked(rows.stream().map(ContactRow::id).toList());
        return rows.stream().map(r -> new MaskedContact(r, identities.get(r.id()))).toList();
    }

    /** Exact match through the blind index: the raw value never leaves this call. */
    public Page search(IndexedField field, String value) {
        String index = indexer.index(field, value);
        if (index == null) {
            throw RequestRejectedException.badRequest(field == IndexedField.EMAIL ? "email: not a valid email address"
                    : "mobile: not a valid phone number");
        }
        var column = field == IndexedField.EMAIL ? ContactRepository.AddressColumn.EMAIL
                : ContactRepository.AddressColumn.MOBILE;
        var match = repository.findByIndex(column, List.of(index)).get(index);
        List<ContactRow> rows = match == null ? List.of() : repository.byIds(List.of(match.contactId()));
        return new Page(masked(rows), rows.size());
    }

    /** Plaintext for an operator who said why; the vault checks and records it before returning it. */
    public ContactIdentity reveal(long id, long operatorId, String reason) {
        row(id);
        AccessPurpose.Reveal purpose;
        try {
            purpose = new AccessPurpose.Reveal(operatorId, reason);
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest(e.getMessage());
        }
        return vault.revealOne(id, purpose);
    }

    public List<ConsentEvent> consentHistory(long id) {
        row(id);
        return repository.consentHistory(id);
    }

    public List<String> tags(long id) {
        return repository.tags(id);
    }

    public Map<String, String> attributes(long id) {
        return repository.attributes(id);
    }

    /**
     * Erasure: the addresses go to the suppression list (so a re-import is never contacted), the
     * rows are deleted and the data key shredded, which makes every copy of the identity unreadable.
     */
    @Transactional
    public void erase(long id) {
        row(id);
        for (Channel channel : Channel.values()) {
            suppressions.suppress(id, channel, SuppressionList.Reason.ERASED);
        }
        repository.delete(id);
        vault.shred(id);
        audit.append(new AuditRecord(null, "contacts.erase", null, null, null, ContactIds.of(id), null,
                Outcome.SUCCESS, "identifiers shredded, addresses suppressed"));
    }
}
