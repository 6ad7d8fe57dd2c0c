package vn.ansinh.eoffice.application;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider, used by name of instance and never installed in the JVM: the server's own
 * providers stay as they are.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {}
}
