package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;

/** Sign-in, {@code /accounts/login/}: then to {@code next} when it is a path on this site, else to "my courses". */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SignIn signIn;

    @Inject
    FacesContext faces;

    @Inject
    @Param(name = "next")
    String next;

    private String username;
    private String password;

    public void signIn() throws IOException {
        switch (signIn.as(username, password)) {
            case SUCCESS -> signIn.continueTo(next);
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    faces.getApplication().getResourceBundle(faces, "msg").getString("login.failed"), null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
