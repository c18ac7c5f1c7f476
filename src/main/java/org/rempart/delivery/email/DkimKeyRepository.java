package org.rempart.delivery.email;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code dkim_key} table: one sealed private key and its public key per sending domain. */
@Repository
class DkimKeyRepository {

    /** A stored key: the private half still sealed. */
    record StoredKey(String domain, String sealedPrivateKey, String publicKey, String selector, Instant createdAt) {

        @Override
        public String toString() {
            return "StoredKey[" + domain + "]";
        }
    }

    private final JdbcClient jdbc;

    DkimKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> find(String domain) {
        return jdbc.sql("SELECT domain, private_key, public_key, selector, created_at FROM dkim_key WHERE domain = ?")
                .param(domain)
                .query((rs, row) -> new StoredKey(rs.getString("domain"), rs.getString("private_key"),
                        rs.getString("public_key"), rs.getString("selector"), DbTime.read(rs, "created_at")))
                .optional();
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when another node stored one first. */
    void insert(StoredKey key) {
        jdbc.sql("INSERT INTO dkim_key (domain, private_key, public_key, selector, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
                .params(key.domain(), key.sealedPrivateKey(), key.publicKey(), key.selector(),
                        DbTime.of(key.createdAt()))
                .update();
    }

    /** Stores the domain's key, in place of the one it had. */
    void replace(StoredKey key) {
        jdbc.sql("""
                MERGE INTO dkim_key k USING (VALUES (CAST(? AS VARCHAR(253)))) AS x (domain) ON k.domain = x.domain
                WHEN MATCHED THEN UPDATE SET private_key = ?, public_key = ?, selector = ?, created_at = ?
                WHEN NOT MATCHED THEN INSERT (domain, private_key, public_key, selector, created_at)
                VALUES (x.domain, ?, ?, ?, ?)""")
                .params(key.domain(), key.sealedPrivateKey(), key.publicKey(), key.selector(),
                        DbTime.of(key.createdAt()), key.sealedPrivateKey(), key.publicKey(), key.selector(),
                        DbTime.of(key.createdAt()))
                .update();
    }

    List<DkimPublicKey> publicKeys() {
        return jdbc.sql("SELECT domain, public_key, selector, created_at FROM dkim_key ORDER BY domain")
                .query((rs, row) -> new DkimPublicKey(rs.getString("domain"), rs.getString("public_key"),
                        rs.getString("selector"), DbTime.read(rs, "created_at")))
                .list();
    }
}
