package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.GraphException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one msal4j token request and turns its failures into a {@link GraphException} that names no secret; a failure
 * of ours inside msal4j (a federated token that cannot be read or fetched) comes out as itself.
 */
final class MsalCalls {
    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+");

    /** A token request, as msal4j's asynchronous API offers it. */
    interface TokenRequest {
        CompletableFuture<IAuthenticationResult> send() throws Exception;
    }

    private MsalCalls() {}

    /** Waits for the token; a refusal or failure becomes a {@link GraphException} of a sign-in kind. */
    static IAuthenticationResult await(TokenRequest request) {
        try {
            return request.send().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause());
        } catch (Exception e) {
            throw failure(e);
        }
    }

    private static CloudsyncException failure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CloudsyncException ours) {
                return ours;
            }
        }
        if (e instanceof MsalServiceException service) {
            // errorCode is e.g. invalid_client / unauthorized_client; the message can echo request details, so it is
            // not repeated here (the AADSTS code is enough to look the problem up)
            int status = service.statusCode() == null ? 0 : service.statusCode();
            return new GraphException(
                    GraphException.Kind.SIGN_IN_REFUSED,
                    status,
                    service.errorCode(),
                    "sign-in failed: " + service.errorCode() + " " + aadstsCode(service.getMessage()),
                    null,
                    service.correlationId(),
                    GraphException.Call.UNKNOWN,
                    null);
        }
        return GraphException.of(
                GraphException.Kind.SIGN_IN_FAILED,
                "SignInFailed",
                "sign-in failed: " + e.getClass().getSimpleName(),
                null);
    }

    private static String aadstsCode(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = AADSTS.matcher(message);
        return m.find() ? "(" + m.group() + ")" : "";
    }
}
