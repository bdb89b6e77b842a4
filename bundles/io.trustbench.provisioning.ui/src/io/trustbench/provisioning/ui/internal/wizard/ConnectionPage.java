package io.trustbench.provisioning.ui.internal.wizard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.aws.SecureStorageCredentials;
import io.trustbench.provisioning.core.flow.FlowRunner;

/**
 * Where the flow talks to AWS IoT: the local emulator (default, nothing to set up), an AWS account
 * (profile and region, as the AWS CLI names them) or any AWS-compatible endpoint. AWS keys typed
 * here go to Eclipse secure storage when the run starts, and nowhere else.
 */
final class ConnectionPage extends WizardPage {

	/** Data key on each control, valued with the field's name; tests find controls by it. */
	static final String FIELD_KEY = "io.trustbench.provisioning.ui.connection";

	private final ConnectionSettings settings;
	private final Runnable changed;
	private Text profile;
	private Text region;
	private Text url;
	private Text accessKey;
	private Text secretKey;
	private Label keysNote;

	ConnectionPage(ConnectionSettings settings, Runnable changed) {
		super("connection");
		this.settings = settings;
		this.changed = changed;
		setTitle(Messages.Connection_title);
		setDescription(Messages.Connection_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		Button local = radio(composite, Messages.Connection_local, "local", ConnectionProfile.Kind.LOCAL_EMULATOR);
		hint(composite, Messages.Connection_localHint);
		radio(composite, Messages.Connection_aws, "aws", ConnectionProfile.Kind.AWS);
		hint(composite, Messages.Connection_awsHint);
		radio(composite, Messages.Connection_endpoint, "endpoint", ConnectionProfile.Kind.ENDPOINT);
		url = field(composite, Messages.Connection_url, "url", "", SWT.NONE);
		url.setMessage("http://127.0.0.1:5000");
		profile = field(composite, Messages.Connection_profile, "profile", "", SWT.NONE);
		profile.setMessage(Messages.Connection_profileHint);
		region = field(composite, Messages.Connection_region, "region", ConnectionProfile.DEFAULT_REGION, SWT.NONE);
		createKeysGroup(composite);
		local.setSelection(true);
		setControl(composite);
		update();
	}

	private void createKeysGroup(Composite composite) {
		Group keys = new Group(composite, SWT.NONE);
		keys.setText(Messages.Connection_keys);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(keys);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(keys);
		accessKey = field(keys, Messages.Connection_accessKey, "accessKey", "", SWT.NONE);
		secretKey = field(keys, Messages.Connection_secretKey, "secretKey", "", SWT.PASSWORD);
		keysNote = new Label(keys, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(keysNote);
	}

	private Button radio(Composite parent, String text, String name, ConnectionProfile.Kind kind) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData(FIELD_KEY, name);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				settings.setKind(kind);
				update();
			}
		});
		return button;
	}

	private static void hint(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().span(2, 1).indent(20, 0).hint(520, SWT.DEFAULT).applyTo(label);
	}

	private Text field(Composite parent, String label, String name, String initial, int style) {
		new Label(parent, SWT.NONE).setText(label + ':');
		Text text = new Text(parent, SWT.BORDER | style);
		text.setText(initial);
		text.setData(FIELD_KEY, name);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(e -> update());
		return text;
	}

	private void update() {
		if (keysNote == null) {
			return; // still building the page
		}
		ConnectionProfile.Kind kind = settings.kind();
		boolean cloud = kind != ConnectionProfile.Kind.LOCAL_EMULATOR;
		url.setEnabled(kind == ConnectionProfile.Kind.ENDPOINT);
		profile.setEnabled(cloud);
		region.setEnabled(cloud);
		accessKey.setEnabled(cloud);
		secretKey.setEnabled(cloud);
		settings.setEndpointUrl(url.getText());
		settings.setAwsProfile(profile.getText());
		settings.setRegion(region.getText());
		settings.setCredentials(accessKey.getText(), secretKey.getText());
		keysNote.setText(NLS.bind(Messages.Connection_keysNote, settings.storageKey()));
		String problem = settings.problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
		changed.run();
	}

	/**
	 * Before a run: keys typed here go to secure storage (encrypted) and are cleared from the page.
	 * Returns a one-line problem, or null.
	 */
	String saveCredentials() {
		if (!settings.hasNewCredentials()) {
			return null;
		}
		try {
			SecureStorageCredentials.save(settings.storageKey(), settings.accessKeyId(), settings.secretAccessKey());
		} catch (Exception | LinkageError e) {
			return NLS.bind(Messages.Connection_keysNotSaved, FlowRunner.oneLine(e));
		}
		settings.forgetCredentials();
		accessKey.setText("");
		secretKey.setText("");
		keysNote.setText(NLS.bind(Messages.Connection_keysSaved, settings.storageKey()));
		return null;
	}
}
