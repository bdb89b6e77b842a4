package io.trustbench.provisioning.core.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import software.amazon.awssdk.services.iot.model.CACertificateDescription;
import software.amazon.awssdk.services.iot.model.Certificate;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.CaRegistration;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;

/**
 * {@code aws status}: what the flows registered on a target — the signer CA and its status, and
 * the device certificates it signed (ListCertificatesByCA) — read back from AWS, not assumed.
 */
public final class AwsStatusCommand implements CliCommand {

	@Override
	public int run(CommandContext context) throws Exception {
		ConnectionProfile profile = ConnectionOptions.parse(context.args());
		context.args().expectAtMost(0);
		Path workspace = context.workspace();
		FlowState byoc = FlowState.load(FlowSessions.stateFile(workspace, ByocFlow.ID, profile));
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("target", profile.describe());
		String caId = byoc.get(ByocFlow.CA_ID).orElse("");
		try (CloudSession cloud = CloudSession.open(profile, workspace)) {
			if (caId.isEmpty()) {
				report.put("ca", "not registered by Trustbench on this target (run: trustbench aws byoc)");
			} else {
				CACertificateDescription ca = CaRegistration.describe(cloud.iot(), caId).orElse(null);
				report.put("ca", ca == null ? Map.of("id", caId, "status", "NOT FOUND (deleted?)")
						: Map.of("id", caId, "status", ca.statusAsString(), "autoRegistration", ca.autoRegistrationStatusAsString(),
								"jitpTemplate", jitpTemplate(cloud, caId)));
				if (ca != null) {
					List<Certificate> certs = cloud.iot().listCertificatesByCA(r -> r.caCertificateId(caId)).certificates();
					report.put("deviceCertificates", certs.stream().map(c -> Map.of("id", c.certificateId(), "status", c.statusAsString())).toList());
				}
			}
		}
		Path things = workspace.resolve("things");
		if (Files.isDirectory(things)) {
			try (var list = Files.list(things)) {
				report.put("preparedThings", list.map(p -> p.getFileName().toString()).sorted().toList());
			}
		}
		if (context.json()) {
			context.out().println(new GsonBuilder().disableHtmlEscaping().create().toJson(report));
		} else {
			report.forEach((k, v) -> context.out().printf("%-20s %s%n", k, v));
		}
		return 0;
	}

	/** Whether the CA provisions its devices just in time (a template in its registration config). */
	private static String jitpTemplate(CloudSession cloud, String caId) {
		var config = cloud.iot().describeCACertificate(r -> r.certificateId(caId)).registrationConfig();
		boolean template = config != null && ((config.templateBody() != null && !config.templateBody().isBlank())
				|| (config.templateName() != null && !config.templateName().isBlank()));
		return template ? "yes" : "no";
	}
}
