package dev.keel.core.emit.ratelimit;

import static dev.keel.core.emit.ratelimit.RateLimitTypes.SERVLET_REQUEST;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ClientAddresses}: the client's IP address is the connection's, and {@code X-Forwarded-For} counts
 * only when the connection comes from a configured trusted proxy, so a client cannot pick its own budget by sending
 * the header.
 */
final class ClientAddressesEmitter extends RateLimitTypeEmitter {

    @Override
    String simpleName() {
        return CLIENT_ADDRESSES;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName range = self.nestedClass("Range");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        The client's IP address: the connection's remote address, or, when that address is one of the
                        trusted proxies ({@code $L.trusted-proxies}), the last address in {@code X-Forwarded-For} that is
                        not a trusted proxy itself. With no trusted proxy the header is ignored, so a client cannot pick
                        its own budget by sending it. Addresses are compared as numbers: no name is ever looked up.
                        """, RateLimitPropertiesEmitter.PREFIX)
                .addField(FieldSpec.builder(String.class, "FORWARDED_FOR", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$S", "X-Forwarded-For")
                        .build())
                .addField(FieldSpec.builder(Pattern.class, "IPV4", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.compile($S)", Pattern.class, "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")
                        .build())
                .addField(FieldSpec.builder(Pattern.class, "IPV6", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.compile($S)", Pattern.class, "[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
                        .build())
                .addField(ParameterizedTypeName.get(ClassName.get(List.class), range), "trusted", Modifier.PRIVATE,
                        Modifier.FINAL)
                .addMethod(constructor(range))
                .addMethod(of())
                .addMethod(MethodSpec.methodBuilder("isTrusted")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(boolean.class)
                        .addParameter(byte[].class, "address")
                        .addStatement("return address != null && trusted.stream().anyMatch(range -> range.contains("
                                + "address))")
                        .build())
                .addMethod(literal())
                .addMethod(MethodSpec.methodBuilder("normalized")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("One spelling per address, so {@code ::1} and {@code 0:0:0:0:0:0:0:1} share a "
                                + "budget.\n")
                        .returns(String.class)
                        .addParameter(byte[].class, "address")
                        .beginControlFlow("try")
                        .addStatement("return $T.getByAddress(address).getHostAddress()", InetAddress.class)
                        .nextControlFlow("catch ($T e)", UnknownHostException.class)
                        .addStatement("throw new $T(e)", IllegalStateException.class)
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("parsePrefix")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(String.class, "text")
                        .addStatement("return text.matches($S) ? Integer.parseInt(text) : -1", "\\d{1,3}")
                        .build())
                .addType(rangeType(range));
    }

    private static MethodSpec constructor(ClassName range) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@param trustedProxies addresses like {@code 10.0.0.1} or ranges like {@code 10.0.0.0/8}\n")
                .addParameter(ParameterizedTypeName.get(List.class, String.class), "trustedProxies")
                .addStatement("$T<$T> ranges = new $T<>()", List.class, range, ArrayList.class)
                .beginControlFlow("for (String proxy : trustedProxies)")
                .addStatement("String text = proxy.trim()")
                .addStatement("int slash = text.indexOf('/')")
                .addStatement("byte[] network = literal(slash < 0 ? text : text.substring(0, slash))")
                .addStatement("int bits = network == null ? 0 : network.length * 8")
                .addStatement("int prefix = slash < 0 ? bits : parsePrefix(text.substring(slash + 1))")
                .beginControlFlow("if (network == null || prefix < 0 || prefix > bits)")
                .addStatement("throw new $T($S + proxy + $S)", IllegalStateException.class,
                        RateLimitPropertiesEmitter.PREFIX + ".trusted-proxies lists '",
                        "', which is no IP address or CIDR range like 10.0.0.0/8")
                .endControlFlow()
                .addStatement("ranges.add(new $T(network, prefix))", range)
                .endControlFlow()
                .addStatement("this.trusted = $T.copyOf(ranges)", List.class)
                .build();
    }

    private static MethodSpec of() {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The address the request's budget is counted by.\n")
                .returns(String.class)
                .addParameter(SERVLET_REQUEST, "request")
                .addStatement("String remote = request.getRemoteAddr()")
                .addStatement("byte[] remoteAddress = literal(remote)")
                .beginControlFlow("if (!isTrusted(remoteAddress))")
                .addStatement("return remoteAddress == null ? remote : normalized(remoteAddress)")
                .endControlFlow()
                .addStatement("$T<String> hops = new $T<>()", List.class, ArrayList.class)
                .beginControlFlow("for (String header : $T.list(request.getHeaders(FORWARDED_FOR)))", Collections.class)
                .beginControlFlow("for (String hop : header.split($S))", ",")
                .beginControlFlow("if (!hop.isBlank())")
                .addStatement("hops.add(hop.trim())")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addComment("Each proxy appends the address it was called from: the nearest untrusted one is the client.")
                .beginControlFlow("for (int i = hops.size() - 1; i >= 0; i--)")
                .addStatement("byte[] hop = literal(hops.get(i))")
                .beginControlFlow("if (!isTrusted(hop))")
                .addStatement("return hop == null ? hops.get(i) : normalized(hop)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return hops.isEmpty() ? remote : hops.get(0)")
                .build();
    }

    private static MethodSpec literal() {
        return MethodSpec.methodBuilder("literal")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("""
                        The bytes of an IPv4 or IPv6 address written as numbers, or null. Only text that can be nothing
                        but an address reaches {@code InetAddress}, which would otherwise look a host name up.
                        """)
                .returns(byte[].class)
                .addParameter(String.class, "text")
                .beginControlFlow("if (text == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T ipv4 = IPV4.matcher(text)", Matcher.class)
                .beginControlFlow("if (ipv4.matches())")
                .addStatement("byte[] address = new byte[4]")
                .beginControlFlow("for (int i = 0; i < 4; i++)")
                .addStatement("int part = Integer.parseInt(ipv4.group(i + 1))")
                .beginControlFlow("if (part > 255)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("address[i] = (byte) part")
                .endControlFlow()
                .addStatement("return address")
                .endControlFlow()
                .beginControlFlow("if (!IPV6.matcher(text).matches())")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("return $T.getByName(text).getAddress()", InetAddress.class)
                .nextControlFlow("catch ($T e)", UnknownHostException.class)
                .addStatement("return null")
                .endControlFlow()
                .build();
    }

    private static TypeSpec rangeType(ClassName range) {
        return TypeSpec.recordBuilder(range)
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Addresses whose first {@code prefix} bits are those of {@code network}.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(byte[].class, "network")
                        .addParameter(int.class, "prefix")
                        .build())
                .addMethod(MethodSpec.methodBuilder("contains")
                        .returns(boolean.class)
                        .addParameter(byte[].class, "address")
                        .beginControlFlow("if (address.length != network.length)")
                        .addStatement("return false")
                        .endControlFlow()
                        .beginControlFlow("for (int bit = 0; bit < prefix; bit++)")
                        .addStatement("int mask = 0x80 >>> (bit % 8)")
                        .beginControlFlow("if ((address[bit / 8] & mask) != (network[bit / 8] & mask))")
                        .addStatement("return false")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return true")
                        .build())
                .build();
    }
}
