package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.github.cloudsync.model.GraphException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Runs one msal4j token request and turns its failures into a {@link GraphException} that names no secret. */
final class MsalCalls {
    /** A token request, as msal4j's asynchronous API offers it. */
    interface TokenRequest {
        CompletableFuture<IAuthenticationResult> send() throws Exception;
    }

    private MsalCalls() {}

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

    private static GraphException failure(Throwable e) {
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
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("AADSTS\\d+").matcher(message);
        return m.find() ? "(" + m.group() + ")" : "";
    }
}
