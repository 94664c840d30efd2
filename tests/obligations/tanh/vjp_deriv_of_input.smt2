; torchsmt obligation tanh.vjp_deriv_of_input (known_false, op tanh, pitfall)
; 1 - x^2 (on the input) is not tanh'(x); the model is checked numerically
(set-info :source |torchsmt lemma tanh.vjp_deriv_of_input kind known_false|)
(set-info :status sat)
(set-logic QF_NRA)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_0 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x33 (<= x0_0 x0_1)))
 (=> $x33 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x36 (<= x0_1 x0_0)))
 (=> $x36 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (let (($x75 (= ts_tanh!0 0.0)))
 (let (($x46 (= x0_0 0.0)))
 (=> $x46 $x75))))
(assert
 (let (($x77 (= ts_tanh!1 0.0)))
 (let (($x49 (= x0_1 0.0)))
 (=> $x49 $x77))))
(assert
 (let ((?x25 (* w_0 (- 1.0 (* x0_0 x0_0)))))
 (not (= (* w_0 (+ 1.0 (* (- 1.0) (* ts_tanh!0 ts_tanh!0)))) ?x25))))
(assert
 (let (($x87 (= ts_tanh!0 ts_tanh!1)))
(=> (and (= x0_0 x0_1)) $x87)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_tanh!1 () Real)
(declare-fun ts_tanh!0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_0 () Real)
(declare-fun w_1 () Real)
(assert
 (let (($x33 (<= x0_0 x0_1)))
 (=> $x33 (<= ts_tanh!0 ts_tanh!1))))
(assert
 (let (($x36 (<= x0_1 x0_0)))
 (=> $x36 (<= ts_tanh!1 ts_tanh!0))))
(assert
 (and (> ts_tanh!0 (- 1.0)) (< ts_tanh!0 1.0)))
(assert
 (and (> ts_tanh!1 (- 1.0)) (< ts_tanh!1 1.0)))
(assert
 (let (($x75 (= ts_tanh!0 0.0)))
 (let (($x46 (= x0_0 0.0)))
 (=> $x46 $x75))))
(assert
 (let (($x77 (= ts_tanh!1 0.0)))
 (let (($x49 (= x0_1 0.0)))
 (=> $x49 $x77))))
(assert
 (let ((?x26 (* w_1 (- 1.0 (* x0_1 x0_1)))))
 (not (= (* w_1 (+ 1.0 (* (- 1.0) (* ts_tanh!1 ts_tanh!1)))) ?x26))))
(assert
 (let (($x87 (= ts_tanh!0 ts_tanh!1)))
(=> (and (= x0_0 x0_1)) $x87)))
(check-sat)
