package io.trustbench.provisioning.core.aws;

import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * AWS credentials: the AWS default provider chain (or a named profile) first; when it has none,
 * keys the user saved in Eclipse secure storage (encrypted, never in a plain file). The keys are
 * never logged or written anywhere else.
 */
public final class SecureStorageCredentials implements AwsCredentialsProvider {

	static final String NODE = "/io.trustbench/aws/";
	static final String ACCESS_KEY = "accessKeyId";
	static final String SECRET_KEY = "secretAccessKey";

	private final AwsCredentialsProvider chain;
	private final String storageKey;

	private SecureStorageCredentials(AwsCredentialsProvider chain, String storageKey) {
		this.chain = chain;
		this.storageKey = storageKey;
	}

	static AwsCredentialsProvider withFallback(AwsCredentialsProvider chain, ConnectionProfile profile) {
		return new SecureStorageCredentials(chain, profile.awsProfile() == null ? "default" : profile.awsProfile());
	}

	@Override
	public AwsCredentials resolveCredentials() {
		try {
			return chain.resolveCredentials();
		} catch (SdkClientException chainHasNone) {
			return fromSecureStorage(storageKey).orElseThrow(() -> SdkClientException.create(
					"no AWS credentials: configure the AWS CLI (aws configure), set AWS_ACCESS_KEY_ID and "
							+ "AWS_SECRET_ACCESS_KEY, or save keys in Trustbench's AWS preferences (secure storage)"));
		}
	}

	/** Keys saved by the workbench's AWS preference page, if secure storage is available. */
	static Optional<AwsCredentials> fromSecureStorage(String key) {
		try {
			ISecurePreferences root = SecurePreferencesFactory.getDefault();
			if (root == null || !root.nodeExists(NODE + key)) {
				return Optional.empty();
			}
			ISecurePreferences node = root.node(NODE + key);
			String access = node.get(ACCESS_KEY, null);
			String secret = node.get(SECRET_KEY, null);
			return access == null || secret == null ? Optional.empty()
					: Optional.of(AwsBasicCredentials.create(access, secret));
		} catch (StorageException | RuntimeException | NoClassDefFoundError e) {
			return Optional.empty();
		}
	}

	/** Saves keys encrypted in secure storage (called by the workbench, never by the CLI). */
	public static void save(String profileKey, String accessKeyId, String secretAccessKey) throws StorageException {
		ISecurePreferences node = SecurePreferencesFactory.getDefault().node(NODE + profileKey);
		node.put(ACCESS_KEY, accessKeyId, true);
		node.put(SECRET_KEY, secretAccessKey, true);
		try {
			node.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}
}
