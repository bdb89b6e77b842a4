package io.trustbench.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.trustbench.ui.TrustbenchPreferences;

/** Window > Preferences > Trustbench: workspace, emulator timing, console. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GeneralPreferencePage() {
		super(GRID);
		setDescription("Where Trustbench keeps emulated devices, PKI files, emulator state and recordings, "
				+ "and how the Console shows device and cloud traffic.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TrustbenchPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(TrustbenchPreferences.WORKSPACE_DIR, "&Workspace directory:",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(TrustbenchPreferences.EMULATOR_TIMING,
				"Emulated secure elements take the chip's typical &execution times", getFieldEditorParent()));
		IntegerFieldEditor lines = new IntegerFieldEditor(TrustbenchPreferences.CONSOLE_MAX_LINES,
				"Console keeps at most this many &lines:", getFieldEditorParent());
		lines.setValidRange(100, 1_000_000);
		addField(lines);
		addField(new BooleanFieldEditor(TrustbenchPreferences.CONSOLE_SHOW_TIME, "Console shows &timestamps",
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		TrustbenchPreferences.applyWorkspace();
		return ok;
	}
}
