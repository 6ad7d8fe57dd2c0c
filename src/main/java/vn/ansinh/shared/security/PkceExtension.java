package vn.ansinh.shared.security;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import java.util.Set;
import java.util.logging.Logger;
import org.glassfish.soteria.mechanisms.openid.controller.TokenController;

/**
 * Makes Soteria's {@code TokenController} bean an instance of {@link PkceTokenController}, so that
 * the token request carries the PKCE verifier. (A global {@code @Alternative} of the bean is not
 * seen from Soteria's bean archive in Payara; the bean's own injection target is.) Soteria's
 * injection into the instance is kept.
 */
public class PkceExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(PkceExtension.class.getName());

    void tokenRequestsWithVerifier(@Observes ProcessInjectionTarget<TokenController> event) {
        if (event.getAnnotatedType().getJavaClass() != TokenController.class) {
            return;
        }
        InjectionTarget<TokenController> soteria = event.getInjectionTarget();
        event.setInjectionTarget(new InjectionTarget<>() {
            @Override
            public TokenController produce(CreationalContext<TokenController> context) {
                return new PkceTokenController();
            }

            @Override
            public void inject(TokenController instance, CreationalContext<TokenController> context) {
                soteria.inject(instance, context);
            }

            @Override
            public void postConstruct(TokenController instance) {
                soteria.postConstruct(instance);
            }

            @Override
            public void preDestroy(TokenController instance) {
                soteria.preDestroy(instance);
            }

            @Override
            public void dispose(TokenController instance) {
                soteria.dispose(instance);
            }

            @Override
            public Set<InjectionPoint> getInjectionPoints() {
                return soteria.getInjectionPoints();
            }
        });
        LOG.info("OpenID Connect token requests carry the PKCE code_verifier");
    }
}
