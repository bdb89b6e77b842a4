package io.trustbench.provisioning.core.internal.cli;

import java.net.URI;
import java.net.URISyntaxException;

import io.trustbench.cli.Args;
import io.trustbench.cli.UsageException;
import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * {@code --profile P --region R --endpoint-url URL}, named as the AWS CLI names them. No option:
 * the local emulator. {@code --endpoint-url}: any AWS-compatible endpoint (moto_server…).
 */
final class ConnectionOptions {

	private ConnectionOptions() {
	}

	static ConnectionProfile parse(Args args) {
		String profile = args.option("--profile");
		String region = args.option("--region");
		String endpoint = args.option("--endpoint-url");
		boolean local = args.flag("--local");
		if (local && (profile != null || endpoint != null)) {
			throw new UsageException("--local cannot be combined with --profile or --endpoint-url");
		}
		if (endpoint != null) {
			try {
				URI uri = new URI(endpoint);
				if (uri.getScheme() == null || uri.getHost() == null) {
					throw new UsageException("--endpoint-url must be a URL such as http://127.0.0.1:5000");
				}
				return ConnectionProfile.endpoint(uri, profile, region);
			} catch (URISyntaxException e) {
				throw new UsageException("--endpoint-url is not a URL: " + endpoint);
			}
		}
		if (profile != null || region != null) {
			return ConnectionProfile.aws(profile, region);
		}
		return ConnectionProfile.localEmulator();
	}
}
