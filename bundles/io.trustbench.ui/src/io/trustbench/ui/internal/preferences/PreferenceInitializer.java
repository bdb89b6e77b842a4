package io.trustbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.ui.TrustbenchPreferences;

/** Defaults: the CLI's workspace, no chip timing, 5,000 console lines with timestamps. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = TrustbenchPreferences.store();
		store.setDefault(TrustbenchPreferences.WORKSPACE_DIR, WorkspaceLocation.get().toString());
		store.setDefault(TrustbenchPreferences.EMULATOR_TIMING, false);
		store.setDefault(TrustbenchPreferences.CONSOLE_MAX_LINES, 5000);
		store.setDefault(TrustbenchPreferences.CONSOLE_SHOW_TIME, true);
	}
}
