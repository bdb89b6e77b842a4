package io.trustbench.provisioning.core.console;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.ListTargetsForPolicyResponse;
import software.amazon.awssdk.services.iot.model.PolicyVersion;

/**
 * Thing, policy and topic-rule actions of the console. A thing is deleted after detaching its
 * certificates (as the AWS console does); a policy still attached to certificates is refused with
 * their number (deleting it would silently take rights from devices), and its non-default versions
 * are deleted first, which AWS requires.
 */
public final class ResourceActions {

	private final IotClient iot;
	private final ResourceLister lister;

	public ResourceActions(IotClient iot) {
		this.iot = iot;
		this.lister = new ResourceLister(iot);
	}

	public IStatus deleteThing(String thingName, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Deleting thing " + thingName, 2);
		try {
			List<String> principals = lister.principals(thingName, progress.split(1));
			for (String principal : principals) {
				iot.detachThingPrincipal(r -> r.thingName(thingName).principal(principal));
			}
			iot.deleteThing(r -> r.thingName(thingName));
			progress.worked(1);
			return ConsoleStatus.ok("Deleted thing " + thingName + " (detached " + principals.size() + " certificate"
					+ (principals.size() == 1 ? "" : "s") + ")");
		} catch (SdkException e) {
			return ConsoleStatus.error("Could not delete thing " + thingName, e);
		}
	}

	public IStatus deletePolicy(String policyName, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Deleting policy " + policyName, 3);
		String what = "Could not delete policy " + policyName;
		try {
			List<String> targets = Pages.all(marker -> iot.listTargetsForPolicy(r -> r.policyName(policyName).marker(marker)),
					ListTargetsForPolicyResponse::targets, ListTargetsForPolicyResponse::nextMarker, progress.split(1));
			if (!targets.isEmpty()) {
				return ConsoleStatus.error(what + ": it is attached to " + targets.size() + " certificate"
						+ (targets.size() == 1 ? "" : "s") + "; detach it or delete them first");
			}
			deleteOtherVersions(policyName);
			progress.worked(1);
			iot.deletePolicy(r -> r.policyName(policyName));
			progress.worked(1);
			return ConsoleStatus.ok("Deleted policy " + policyName);
		} catch (SdkException e) {
			return ConsoleStatus.error(what, e);
		}
	}

	/** Endpoints without policy versions (the emulator, moto) have only the default one: nothing to do. */
	private void deleteOtherVersions(String policyName) {
		List<PolicyVersion> versions;
		try {
			versions = iot.listPolicyVersions(r -> r.policyName(policyName)).policyVersions();
		} catch (SdkException e) {
			if (Unsupported.is(e)) {
				return;
			}
			throw e;
		}
		for (PolicyVersion version : versions) {
			if (!Boolean.TRUE.equals(version.isDefaultVersion())) {
				iot.deletePolicyVersion(r -> r.policyName(policyName).policyVersionId(version.versionId()));
			}
		}
	}

	public IStatus deleteTopicRule(String ruleName) {
		return ConsoleStatus.attempt(() -> iot.deleteTopicRule(r -> r.ruleName(ruleName)), "Deleted topic rule " + ruleName,
				"Could not delete topic rule " + ruleName);
	}

	public IStatus setTopicRuleEnabled(String ruleName, boolean enabled) {
		Runnable call = enabled ? () -> iot.enableTopicRule(r -> r.ruleName(ruleName))
				: () -> iot.disableTopicRule(r -> r.ruleName(ruleName));
		return ConsoleStatus.attempt(call, "Topic rule " + ruleName + " is now " + (enabled ? "enabled" : "disabled"),
				"Could not " + (enabled ? "enable" : "disable") + " topic rule " + ruleName);
	}
}
