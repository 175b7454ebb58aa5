package org.parallax.outlet.api;

import java.util.List;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/outlets}: every outlet with its article count. */
@RestController
@RequestMapping("/api/outlets")
class OutletController {

    private final OutletRepository outlets;

    OutletController(OutletRepository outlets) {
        this.outlets = outlets;
    }

    @GetMapping
    List<Outlet> all() {
        return outlets.findAll();
    }
}
