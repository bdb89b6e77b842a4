package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

import io.trustbench.secureelement.core.DeviceType;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * USB CDC kits through jSerialComm at 115200 8N1: ports whose VID/PID belongs to a device type on
 * the {@code serial} transport (the thing: 03EB:2404), plus ports named in the system property
 * {@value #PORTS_PROPERTY} or the environment variable {@value #PORTS_ENV} (comma-separated; e.g. a
 * pseudo-terminal serving an emulated kit).
 */
public final class SerialKitTransport implements KitTransport {

	public static final String ID = "serial";
	public static final String PORTS_PROPERTY = "trustbench.serial.ports";
	public static final String PORTS_ENV = "TRUSTBENCH_SERIAL_PORTS";
	public static final int BAUD_RATE = 115200;

	private DeviceTypeRegistry types;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) throws IOException {
		List<KitEndpoint> found = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		List<DeviceType> serialTypes = types().onTransport(ID);
		SerialPort[] ports;
		try {
			ports = SerialPort.getCommPorts();
		} catch (LinkageError e) {
			throw new IOException("serial ports are not available (jSerialComm): " + e.getMessage(), e);
		}
		for (SerialPort port : ports) {
			for (DeviceType type : serialTypes) {
				if (type.matchesUsb(port.getVendorID(), port.getProductID()) && seen.add(port.getSystemPortPath())) {
					found.add(new KitEndpoint("serial:" + port.getSystemPortPath(), ID, type.label(),
							port.getSystemPortPath(), port.getVendorID(), port.getProductID(), type.id()));
				}
			}
		}
		String env = System.getenv(PORTS_ENV);
		String extra = System.getProperty(PORTS_PROPERTY, env == null ? "" : env);
		for (String path : extra.split(",")) {
			String p = path.trim();
			if (!p.isEmpty() && seen.add(p)) {
				found.add(endpointForPort(p));
			}
		}
		return found;
	}

	/** An endpoint for a port given by path; its kind is learned from {@code b:f(00)}. */
	public static KitEndpoint endpointForPort(String path) {
		return new KitEndpoint("serial:" + path, ID, "serial kit on " + path, path, -1, -1, DeviceType.UNKNOWN);
	}

	@Override
	public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor)
			throws IOException {
		SerialPort port;
		try {
			port = SerialPort.getCommPort(endpoint.location());
		} catch (SerialPortInvalidPortException e) {
			throw new IOException("no serial port " + endpoint.location());
		}
		port.setComPortParameters(BAUD_RATE, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
		port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
		if (!port.openPort()) {
			throw new IOException("cannot open serial port " + endpoint.location() + " (error "
					+ port.getLastErrorCode() + "; in use, unplugged, or no permission — dialout group?)");
		}
		return new SerialKitConnection(endpoint, port);
	}

	private synchronized DeviceTypeRegistry types() {
		if (types == null) {
			types = DeviceTypeRegistry.load();
		}
		return types;
	}
}
