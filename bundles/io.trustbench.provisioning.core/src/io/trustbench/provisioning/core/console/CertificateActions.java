package io.trustbench.provisioning.core.console;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CACertificateStatus;
import software.amazon.awssdk.services.iot.model.CertificateStatus;
import software.amazon.awssdk.services.iot.model.DeleteConflictException;

/**
 * Certificate and CA certificate actions of the console. Delete behaves like the AWS console's
 * force delete: an ACTIVE certificate is refused (deactivate or revoke it first, as AWS requires);
 * otherwise its things are detached, its policies detached and the certificate deleted, retrying
 * while AWS still sees a just-detached thing (detaching is eventually consistent there).
 */
public final class CertificateActions {

	private static final Duration DETACH_PATIENCE = Duration.ofSeconds(20);

	private final IotClient iot;
	private final ResourceLister lister;

	public CertificateActions(IotClient iot) {
		this.iot = iot;
		this.lister = new ResourceLister(iot);
	}

	public IStatus setStatus(String certificateId, CertificateStatus status) {
		return ConsoleStatus.attempt(() -> iot.updateCertificate(r -> r.certificateId(certificateId).newStatus(status)),
				"Certificate " + Ids.shortId(certificateId) + " is now " + status,
				"Could not set certificate " + Ids.shortId(certificateId) + " " + status);
	}

	public IStatus delete(String certificateId, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Deleting certificate " + Ids.shortId(certificateId), 4);
		String what = "Could not delete certificate " + Ids.shortId(certificateId);
		try {
			var description = iot.describeCertificate(r -> r.certificateId(certificateId)).certificateDescription();
			progress.worked(1);
			if (description.status() == CertificateStatus.ACTIVE) {
				return ConsoleStatus.error(what + ": it is ACTIVE; deactivate or revoke it first");
			}
			String arn = description.certificateArn();
			var things = lister.principalThings(arn, progress.split(1));
			for (String thing : things) {
				iot.detachThingPrincipal(r -> r.thingName(thing).principal(arn));
			}
			var policies = lister.attachedPolicies(arn, progress.split(1));
			for (String policy : policies) {
				iot.detachPolicy(r -> r.policyName(policy).target(arn));
			}
			deleteWhenDetached(certificateId, progress.split(1));
			return ConsoleStatus.ok("Deleted certificate " + Ids.shortId(certificateId) + " (detached " + policies.size()
					+ " polic" + (policies.size() == 1 ? "y" : "ies") + " and " + things.size() + " thing"
					+ (things.size() == 1 ? "" : "s") + ")");
		} catch (SdkException e) {
			return ConsoleStatus.error(what, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ConsoleStatus.error(what + ": interrupted");
		}
	}

	private void deleteWhenDetached(String certificateId, IProgressMonitor monitor) throws InterruptedException {
		long deadline = System.nanoTime() + DETACH_PATIENCE.toNanos();
		long pause = 250;
		while (true) {
			Pages.checkCancelled(monitor);
			try {
				iot.deleteCertificate(r -> r.certificateId(certificateId).forceDelete(true));
				return;
			} catch (DeleteConflictException stillAttached) {
				if (System.nanoTime() > deadline) {
					throw stillAttached;
				}
				Thread.sleep(pause);
				pause = Math.min(pause * 2, 4000);
			}
		}
	}

	public IStatus setCaStatus(String caId, CACertificateStatus status) {
		return ConsoleStatus.attempt(() -> iot.updateCACertificate(r -> r.certificateId(caId).newStatus(status)),
				"CA certificate " + Ids.shortId(caId) + " is now " + status,
				"Could not set CA certificate " + Ids.shortId(caId) + " " + status);
	}

	/** AWS deletes only INACTIVE CAs; refusing an active one here says why before the call fails. */
	public IStatus deleteCa(String caId) {
		String what = "Could not delete CA certificate " + Ids.shortId(caId);
		try {
			var ca = iot.describeCACertificate(r -> r.certificateId(caId)).certificateDescription();
			if (ca.status() == CACertificateStatus.ACTIVE) {
				return ConsoleStatus.error(what + ": it is ACTIVE; deactivate it first");
			}
			iot.deleteCACertificate(r -> r.certificateId(caId));
			return ConsoleStatus.ok("Deleted CA certificate " + Ids.shortId(caId));
		} catch (SdkException e) {
			return ConsoleStatus.error(what, e);
		}
	}
}
