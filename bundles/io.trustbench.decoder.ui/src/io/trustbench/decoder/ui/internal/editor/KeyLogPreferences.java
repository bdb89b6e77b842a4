package io.trustbench.decoder.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.trustbench.decoder.ui.DecoderUi;

/**
 * Remembers the key log chosen for each capture (by absolute path) in the instance preferences,
 * so that reopening a capture decrypts it again without asking.
 */
public final class KeyLogPreferences {

	private static final String NODE = "keyLogs";

	private KeyLogPreferences() {
	}

	/** The remembered key log of {@code capture} if it still exists, else null. */
	public static Path get(Path capture) {
		String value = node().get(key(capture), null);
		if (value == null) {
			return null;
		}
		Path keyLog = Path.of(value);
		return Files.isRegularFile(keyLog) ? keyLog : null;
	}

	/** Remembers {@code keyLog} for {@code capture}; null forgets it. */
	public static void set(Path capture, Path keyLog) {
		Preferences node = node();
		if (keyLog == null) {
			node.remove(key(capture));
		} else {
			node.put(key(capture), keyLog.toAbsolutePath().normalize().toString());
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(KeyLogPreferences.class).warn("Could not save the key-log setting: " + e.getMessage());
		}
	}

	private static String key(Path capture) {
		return capture.toAbsolutePath().normalize().toString();
	}

	private static Preferences node() {
		return InstanceScope.INSTANCE.getNode(DecoderUi.PLUGIN_ID).node(NODE);
	}
}
