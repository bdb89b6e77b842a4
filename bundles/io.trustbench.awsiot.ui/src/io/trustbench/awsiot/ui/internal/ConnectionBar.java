package io.trustbench.awsiot.ui.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * Where the console connects: the local emulator (default), AWS with an optional profile and a
 * region (credentials come from the AWS default chain or secure storage, never from this bar), or
 * an AWS-compatible endpoint URL.
 */
final class ConnectionBar {

	private final Combo target;
	private final Text profile;
	private final Text region;
	private final Text url;
	final Button connect;
	final Button refresh;

	ConnectionBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(10).margins(4, 4).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.connection_target);
		target = new Combo(bar, SWT.READ_ONLY);
		target.setItems(Messages.connection_local, Messages.connection_aws, Messages.connection_endpoint);
		target.select(0);
		profile = field(bar, Messages.connection_profile, 90);
		region = field(bar, Messages.connection_region, 90);
		url = field(bar, Messages.connection_url, 200);
		connect = new Button(bar, SWT.PUSH);
		connect.setText(Messages.connection_connect);
		refresh = new Button(bar, SWT.PUSH);
		refresh.setText(Messages.connection_refresh);
		refresh.setEnabled(false);
		target.addListener(SWT.Selection, e -> enableFields());
		enableFields();
	}

	private static Text field(Composite bar, String label, int width) {
		new Label(bar, SWT.NONE).setText(label);
		Text text = new Text(bar, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void enableFields() {
		int kind = target.getSelectionIndex();
		profile.setEnabled(kind != 0);
		region.setEnabled(kind != 0);
		url.setEnabled(kind == 2);
	}

	/** @throws IllegalArgumentException with a one-line reason when the fields do not make a target */
	ConnectionProfile profile() {
		String p = profile.getText().trim();
		String r = region.getText().trim();
		return switch (target.getSelectionIndex()) {
		case 1 -> ConnectionProfile.aws(p.isEmpty() ? null : p, r);
		case 2 -> {
			try {
				URI endpoint = new URI(url.getText().trim());
				if (endpoint.getScheme() == null || endpoint.getHost() == null) {
					throw new URISyntaxException(url.getText(), "needs http(s)://host:port");
				}
				yield ConnectionProfile.endpoint(endpoint, p.isEmpty() ? null : p,
						r.isEmpty() ? ConnectionProfile.DEFAULT_REGION : r);
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException(Messages.connection_badUrl + " " + url.getText().trim());
			}
		}
		default -> ConnectionProfile.localEmulator();
		};
	}
}
