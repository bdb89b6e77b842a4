package io.trustbench.ui;

import java.nio.file.Paths;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.trustbench.core.WorkspaceLocation;

/** Workbench preferences (instance scope of {@code io.trustbench.ui}). */
public final class TrustbenchPreferences {

	public static final String WORKSPACE_DIR = "workspaceDir";
	public static final String EMULATOR_TIMING = "emulatorTiming";
	public static final String CONSOLE_MAX_LINES = "consoleMaxLines";
	public static final String CONSOLE_SHOW_TIME = "consoleShowTime";

	private static ScopedPreferenceStore store;

	private TrustbenchPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, TrustbenchUi.PLUGIN_ID);
		}
		return store;
	}

	/** Makes the headless bundles use the workspace chosen in the preferences. */
	public static void applyWorkspace() {
		String dir = store().getString(WORKSPACE_DIR);
		if (dir != null && !dir.isBlank()) {
			WorkspaceLocation.set(Paths.get(dir));
		}
	}
}
