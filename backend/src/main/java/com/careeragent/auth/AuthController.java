package com.careeragent.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.shared.web.ApiProblem;

@RestController
@RequestMapping("/auth")
@Tag(name = "auth", description = "Accounts and sign-in")
class AuthController {

    private final Accounts accounts;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final Administrators administrators;

    AuthController(Accounts accounts, TokenIssuer tokens, LoginThrottle throttle, Administrators administrators) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.administrators = administrators;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(operationId = "register", summary = "Create an account")
    AuthResponses.Account register(@Valid @RequestBody AuthRequests.Register request) {
        return AuthResponses.Account.of(accounts.register(request));
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Exchange email and password for a bearer token")
    AuthResponses.Token login(@Valid @RequestBody AuthRequests.Login request,
            @Parameter(hidden = true) HttpServletRequest http) {
        String client = http.getRemoteAddr();
        throttle.checkAllowed(request.email(), client);
        return accounts.authenticate(request.email(), request.password())
                .map(tokens::issue)
                .orElseThrow(() -> {
                    throttle.recordFailure(request.email(), client);
                    return ApiProblem.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Email or password is wrong.");
                });
    }

    @GetMapping("/me")
    @Operation(operationId = "getCurrentAccount", summary = "The signed-in account and what it may manage")
    AuthResponses.CurrentAccount me(UserId user) {
        UserRecord account = accounts.get(user);
        return new AuthResponses.CurrentAccount(account.id(), account.email(), account.fullName(),
                administrators.includes(account));
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCurrentAccount", summary = "Delete the account and everything it owns")
    void delete(UserId user) {
        accounts.delete(user);
    }
}
