package io.trustbench.provisioning.core.internal.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.decoder.CaptureSession;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.HandshakeExplanations;
import io.trustbench.decoder.LadderEntry;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Demo step "decode": the thing's recorded handshake (pcapng + NSS key log from the "mqtt" step)
 * decoded by Trustbench's TLS decoder and shown as the seed's figure 4-1 ladder, with the
 * encrypted Finished and MQTT decrypted.
 */
public final class DecodeDemoStep implements DemoStep {

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		Path pcapng = context.get(DemoKeys.PCAPNG, Path.class).orElse(null);
		Path keys = context.get(DemoKeys.KEYLOG, Path.class).orElse(null);
		if (pcapng == null || !Files.isRegularFile(pcapng)) {
			return Status.error("no recorded handshake (the mqtt step records " + DemoKeys.PCAPNG + ")");
		}
		KeyLog keyLog = keys != null && Files.isRegularFile(keys) ? KeyLog.read(keys) : null;
		try (CaptureSession session = CaptureSession.open(pcapng, keyLog, DissectorRegistry.withContributions(), monitor)) {
			context.out().println(pcapng + ": " + session.size() + " frames" + (keyLog == null ? "" : ", key log " + keys));
			List<LadderEntry> ladder = session.ladder(0);
			int decrypted = 0;
			for (LadderEntry entry : ladder) {
				String title = entry.explanationKey() == null ? "" : HandshakeExplanations.title(entry.explanationKey());
				context.out().printf("  frame %3d  %-22s → %-22s %s%s%n", entry.frame(), entry.source(), entry.destination(),
						entry.message(), title == null || title.isBlank() ? "" : "  (" + title + ")");
				String message = entry.message().toLowerCase();
				decrypted += message.contains("finished") || message.contains("mqtt") ? 1 : 0;
			}
			if (ladder.isEmpty()) {
				return Status.error("the recording holds no TLS handshake");
			}
			if (keyLog != null && decrypted == 0) {
				return Status.error("the key log did not decrypt the Finished messages");
			}
			context.out().println("also readable by tshark: tshark -r " + pcapng + " -o tls.keylog_file:" + keys);
		}
		return Status.OK_STATUS;
	}
}
