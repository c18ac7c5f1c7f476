package org.rempart.contacts.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry of attribute names. Parallel import chunks may meet the same new name at once:
 * each name is added in a transaction of its own, so that the loser's duplicate key neither fails
 * the import nor aborts its transaction (PostgreSQL would), and names already seen are skipped.
 */
@Component
class AttributeNames {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    AttributeNames(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void remember(Set<String> names) {
        for (String name : names) {
            if (!known.contains(name)) {
                add(name);
                known.add(name);
            }
        }
    }

    private void add(String name) {
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                    MERGE INTO contact_attribute_name n USING (VALUES (CAST(? AS VARCHAR(64)))) AS x (name)
                    ON n.name = x.name
                    WHEN NOT MATCHED THEN INSERT (name) VALUES (x.name)""", name));
        } catch (DuplicateKeyException e) {
            // Another chunk added it first.
        }
    }
}
