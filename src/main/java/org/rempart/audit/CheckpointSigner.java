package org.rempart.audit;

/**
 * Signs audit checkpoints with a key kept outside the database (implemented by the module that
 * holds the keys), so that whoever rewrites the chain in the database cannot forge them.
 */
public interface CheckpointSigner {

    byte[] sign(byte[] data);

    boolean verify(byte[] data, byte[] signature);
}
