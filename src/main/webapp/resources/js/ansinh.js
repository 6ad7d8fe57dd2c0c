/*
 * Sizes in PrimeFaces' messages (the upload limit: "không được lớn hơn 10 MB") written as the page's language
 * writes numbers: "10 MB", "1,5 MB" in Vietnamese, "1.5 MB" in English, never "10.0 MB".
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.utils) {
        return;
    }
    var units = ['B', 'KB', 'MB', 'GB', 'TB'];
    PrimeFaces.utils.formatBytes = function (bytes) {
        if (bytes === undefined) {
            return '';
        }
        var power = bytes > 0 ? Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024))) : 0;
        var number = new Intl.NumberFormat(document.documentElement.lang || 'vi', {maximumFractionDigits: 1})
            .format(bytes / Math.pow(1024, power));
        return number + ' ' + units[power];
    };
})();

/*
 * The browser's messages of <p:validateFile>, worded as the server's (i18n/faces*.properties): PrimeFaces'
 * Vietnamese texts carry HTML entities that show as "&#39;" once escaped.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.locales) {
        return;
    }
    var texts = {
        vi: {
            'primefaces.FileValidator.SIZE_LIMIT': 'Tệp quá lớn: tối đa {1}.',
            'primefaces.FileValidator.SIZE_LIMIT_detail': "Tệp '{0}' lớn hơn mức tối đa {1} được phép tải lên. Hãy chọn tệp nhỏ hơn.",
            'primefaces.FileValidator.ALLOW_TYPES': 'Loại tệp không được nhận.',
            'primefaces.FileValidator.ALLOW_TYPES_detail': "Tệp '{0}' không thuộc loại được nhận ({1})."
        },
        en_US: {
            'primefaces.FileValidator.SIZE_LIMIT': 'File too large: at most {1}.',
            'primefaces.FileValidator.SIZE_LIMIT_detail': "File '{0}' is larger than the {1} allowed for uploads. Choose a smaller file.",
            'primefaces.FileValidator.ALLOW_TYPES': 'File type not accepted.',
            'primefaces.FileValidator.ALLOW_TYPES_detail': "File '{0}' is not of an accepted type ({1})."
        }
    };
    Object.keys(texts).forEach(function (lang) {
        var locale = PrimeFaces.locales[lang];
        if (locale) {
            locale.messages = Object.assign(locale.messages || {}, texts[lang]);
        }
    });
})();

/*
 * PrimeFaces' Vietnamese screen-reader labels translate the placeholders themselves ("Trang {trang}", "{sao} sao"),
 * so a page button was read "Trang {trang}" and its name did not hold its number (axe-core:
 * label-content-name-mismatch). The placeholders PrimeFaces fills, restored.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.locales || !PrimeFaces.locales.vi || !PrimeFaces.locales.vi.aria) {
        return;
    }
    PrimeFaces.locales.vi.aria.pageLabel = 'Trang {page}';
    PrimeFaces.locales.vi.aria.stars = '{star} sao';
})();

/*
 * An icon-only PrimeFaces button (the month picker's calendar button) carries the hidden text "ui-button" while its
 * accessible name is its aria-label ("Chọn ngày"): a screen reader's user who says what she sees would not find it
 * (axe-core: label-content-name-mismatch). The hidden text becomes the label, after each page load and ajax update.
 */
(function () {
    if (!window.jQuery) {
        return;
    }
    function nameIconButtons() {
        jQuery('.ui-button-icon-only[aria-label] > .ui-button-text').each(function () {
            var label = this.parentNode.getAttribute('aria-label');
            if (label && this.textContent !== label) {
                this.textContent = label;
            }
        });
    }
    jQuery(nameIconButtons);
    jQuery(document).on('pfAjaxComplete', nameIconButtons);
})();

/*
 * Enter on a link or a button inside a table does what it does everywhere else (keyboard use, issue 14). PrimeFaces 15's
 * cell navigation (a data table's keydown handler on each cell) answers Enter by triggering a jQuery "click" on the
 * first link or button of the cell and cancelling the key; jQuery never follows a link on a "click" it triggers, so a
 * link's address was never followed, and a cell with two buttons ran the first whichever had the focus. Seen first,
 * the key stops here on its way to the cell: on a link or button that has the focus the browser's own action happens;
 * on a cell that has the focus (the table's first stop of Tab) and holds a link first, the link is followed. The cell
 * navigation itself (arrow keys; Enter on a cell holding a button) is left to PrimeFaces.
 */
(function () {
    document.addEventListener('keydown', function (e) {
        if ((e.key !== 'Enter') || !e.target || !e.target.closest || !e.target.closest('.ui-datatable td')) {
            return;
        }
        var target = e.target;
        if (target.matches('a[href], button')) {
            e.stopPropagation();
            return;
        }
        if (target.matches('td')) {
            var first = target.querySelector('a[href], button, input, select, textarea, [role="combobox"]');
            if (first && first.matches('a[href]')) {
                e.stopPropagation();
                e.preventDefault();
                first.click();
            }
        }
    }, true);
})();

/*
 * The focus survives an ajax request (keyboard use, issue 14). PrimeFaces disables a command button while its request
 * runs, and a disabled button loses the focus to the page's body; an update of the form replaces the button as well.
 * A keyboard user whose save was refused then started again from the top of the page with Tab. After each answer that
 * leaves the focus on the body, the focus goes to the first field the answer marks invalid (aria-invalid, with its
 * message next to it), else back to the element that had it when the request left (found again by its id).
 */
(function () {
    if (!window.jQuery) {
        return;
    }
    var last = null;
    var pending = null;
    document.addEventListener('focusin', function (e) {
        last = e.target;
    }, true);
    function lost() {
        var e = document.activeElement;
        return !e || e === document.body || e.disabled || !document.documentElement.contains(e);
    }
    jQuery(document).on('pfAjaxSend', function () {
        var source = lost() ? last : document.activeElement;
        pending = source && source.id ? source.id : null;
    });
    jQuery(document).on('pfAjaxComplete', function () {
        var id = pending;
        pending = null;
        setTimeout(function () {
            if (!lost()) {
                return;
            }
            var invalid = Array.prototype.find.call(document.querySelectorAll('main [aria-invalid="true"]'), function (el) {
                return !el.disabled && (el.offsetParent !== null || el.closest('.ui-helper-hidden-accessible'));
            });
            var target = invalid || (id && document.getElementById(id));
            if (target && !target.disabled && (target === invalid || target.offsetParent !== null)) {
                target.focus();
            }
        }, 0);
    });
})();

/*
 * A month or a day chosen with the keyboard in PrimeFaces' date picker (the month picker of a:month) gives the focus back
 * to the field (keyboard use, issue 14). PrimeFaces closes the panel without focusing the field when the choice comes
 * from a key, so the focus stayed on the chosen month inside the closed panel and fell to the page's body.
 */
(function () {
    document.addEventListener('keydown', function (e) {
        if (['Enter', 'NumpadEnter', 'Space'].indexOf(e.code) < 0 || !e.target.closest
                || !e.target.matches('.ui-monthpicker-month, .ui-datepicker-calendar td > a')) {
            return;
        }
        var panel = e.target.closest('.ui-datepicker[id$="_panel"]');
        var input = panel && document.getElementById(panel.id.replace(/_panel$/, '_input'));
        if (!input) {
            return;
        }
        setTimeout(function () {
            var now = document.activeElement;
            if (!now || now === document.body || panel.contains(now)) {
                input.focus();
            }
        }, 0);
    }, true);
})();

/*
 * What the user typed survives a lost session (issue 16): when the node serving the user dies, the proxy sends the
 * next click to another node, which has no session for it; the app then answers an ajax request with a redirect to
 * the same page and the mark <extension ln="ansinh" type="session-lost"/> (ReturnToRequestedPage). The values of the
 * page's fields, taken when the request was sent, are kept in the tab's sessionStorage; the page opens again after the
 * silent login through Keycloak's single sign-on, and the values are put back into the same fields, with a notice
 * that they are not saved yet. The same happens when a session simply expired. Kept at most 30 minutes, for the same
 * page only, and removed as soon as the page is shown again.
 */
(function () {
    if (!window.jQuery || !window.sessionStorage || !window.JSON) {
        return;
    }
    var KEY = 'ansinh.kept';
    var KEEP_MS = 30 * 60 * 1000;
    var skippedTypes = ['file', 'password', 'submit', 'button', 'reset', 'image'];
    var sent = null;

    function page() {
        return location.pathname + location.search;
    }

    function keptField(element) {
        if (!element.id || !element.name || element.name.indexOf('jakarta.faces.') === 0
                || element.name.indexOf('primefaces.') === 0 || skippedTypes.indexOf(element.type) >= 0) {
            return false;
        }
        // hidden fields only where a PrimeFaces input keeps its value (InputNumber's _hinput)
        return element.type !== 'hidden' || /_hinput$/.test(element.id);
    }

    function snapshot() {
        var values = {};
        jQuery('form').each(function () {
            Array.prototype.forEach.call(this.elements, function (element) {
                if (keptField(element)) {
                    values[element.id] = element.type === 'checkbox' || element.type === 'radio'
                        ? element.checked : element.value;
                }
            });
        });
        return values;
    }

    jQuery(document).on('pfAjaxSend', function () {
        try {
            sent = snapshot();
        } catch (e) {
            sent = null;
        }
    });

    jQuery(document).on('pfAjaxSuccess', function (event, xhr) {
        var answer = xhr && xhr.responseXML;
        if (sent && answer && answer.querySelector('extension[ln="ansinh"][type="session-lost"]')) {
            sessionStorage.setItem(KEY, JSON.stringify({page: page(), at: Date.now(), values: sent}));
        }
    });

    function restore() {
        var text = sessionStorage.getItem(KEY);
        if (!text) {
            return;
        }
        sessionStorage.removeItem(KEY);
        var kept;
        try {
            kept = JSON.parse(text);
        } catch (e) {
            return;
        }
        if (!kept || kept.page !== page() || !(Date.now() - kept.at < KEEP_MS)) {
            return;
        }
        var restored = 0;
        Object.keys(kept.values).forEach(function (id) {
            var element = document.getElementById(id);
            if (!element || element.disabled || element.readOnly || !keptField(element)) {
                return;
            }
            var value = kept.values[id];
            if (element.type === 'checkbox' || element.type === 'radio') {
                if (element.checked !== value && (value || element.type === 'checkbox')) {
                    // a PrimeFaces radio button or checkbox draws a box of its own: a click on it sets both
                    var box = jQuery(element).closest('.ui-radiobutton, .ui-chkbox').find('.ui-radiobutton-box, .ui-chkbox-box');
                    if (box.length) {
                        box.first().trigger('click');
                    } else {
                        element.checked = value;
                    }
                    restored++;
                }
            } else if (element.value !== value) {
                element.value = value;
                restored++;
            }
        });
        // a PrimeFaces select menu shows its choice in a label of its own
        if (window.PrimeFaces && PrimeFaces.widgets) {
            Object.keys(PrimeFaces.widgets).forEach(function (name) {
                var widget = PrimeFaces.widgets[name];
                if (widget && widget.input && widget.label && widget.input.is('select')
                        && Object.prototype.hasOwnProperty.call(kept.values, widget.input.attr('id'))) {
                    var chosen = widget.input.find('option:selected');
                    widget.label.text(chosen.length ? chosen.text() : '');
                }
            });
        }
        if (restored > 0) {
            var notice = document.getElementById('session-kept');
            if (notice) {
                notice.hidden = false;
            }
        }
    }

    jQuery(function () {
        // after PrimeFaces has built its widgets
        setTimeout(restore, 0);
    });
})();
