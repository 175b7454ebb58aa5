package org.parallax.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name (or an address literal) into its addresses. */
@FunctionalInterface
interface HostResolver {

    /** The operating system's resolver. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
