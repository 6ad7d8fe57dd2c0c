package vn.ansinh.portal.application;

/** Tells the public-service portal a dossier's status. Never throws: a failure is a {@link Delivery} to retry. */
public interface PortalStatusSender {

    Delivery send(PortalStatusMessage message);

    /** Whether the portal accepted the message, and if not why (kept on the outbox row). */
    record Delivery(boolean accepted, String error) {

        public static Delivery ok() {
            return new Delivery(true, null);
        }

        public static Delivery failed(String error) {
            return new Delivery(false, error);
        }
    }
}
