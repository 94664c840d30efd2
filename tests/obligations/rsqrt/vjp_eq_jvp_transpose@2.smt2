; torchsmt obligation rsqrt.vjp_eq_jvp_transpose@2 (lemma, op rsqrt, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2,),) params {'eps': 1e-05}, off kinks
(set-info :source |torchsmt lemma rsqrt.vjp_eq_jvp_transpose@2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun w_1 () Real)
(assert
 (let (($x110 (>= ts_sqrt!0 0.0)))
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (let (($x15 (>= ?x11 0.0)))
 (=> $x15 (and $x110 (= (* ts_sqrt!0 ts_sqrt!0) ?x11)))))))
(assert
 (let ((?x113 (* 2.0 ts_sqrt!0)))
 (let (($x116 (and (distinct ?x113 0.0) true)))
 (=> $x116 (= (* div!1 ?x113) (+ 1.0 0.0))))))
(assert
 (let (($x120 (>= ts_sqrt!1 0.0)))
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (let (($x30 (>= ?x13 0.0)))
 (=> $x30 (and $x120 (= (* ts_sqrt!1 ts_sqrt!1) ?x13)))))))
(assert
 (let ((?x123 (* 2.0 ts_sqrt!1)))
 (let (($x126 (and (distinct ?x123 0.0) true)))
 (=> $x126 (= (* div!2 ?x123) (+ 0.0 0.0))))))
(assert
 (let (($x130 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x130 (= 1.0 (* div!3 ts_sqrt!0)))))
(assert
 (let (($x130 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x130 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x137 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x137 (= 1.0 (* div!5 ts_sqrt!1)))))
(assert
 (let (($x137 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x137 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (>= ?x11 0.0)))
(assert
 (let ((?x113 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x113 0.0) true)))
(assert
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (>= ?x13 0.0)))
(assert
 (let ((?x123 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x123 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x80 (* w_0 (* (- (/ 1.0 2.0)) (* div!3 (* div!3 div!3))))))
 (let ((?x91 (* div!6 w_1)))
 (let ((?x90 (* div!4 w_0)))
 (let ((?x92 (+ ?x90 ?x91)))
 (let (($x93 (= ?x92 ?x80)))
 (not $x93)))))))
(assert
 (let (($x144 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x0_0 (/ 1.0 100000.0)) (+ x0_1 (/ 1.0 100000.0)))) $x144)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x110 (>= ts_sqrt!0 0.0)))
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (let (($x15 (>= ?x11 0.0)))
 (=> $x15 (and $x110 (= (* ts_sqrt!0 ts_sqrt!0) ?x11)))))))
(assert
 (let ((?x113 (* 2.0 ts_sqrt!0)))
 (let (($x116 (and (distinct ?x113 0.0) true)))
 (=> $x116 (= (* div!1 ?x113) (+ 0.0 0.0))))))
(assert
 (let (($x120 (>= ts_sqrt!1 0.0)))
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (let (($x30 (>= ?x13 0.0)))
 (=> $x30 (and $x120 (= (* ts_sqrt!1 ts_sqrt!1) ?x13)))))))
(assert
 (let ((?x123 (* 2.0 ts_sqrt!1)))
 (let (($x126 (and (distinct ?x123 0.0) true)))
 (=> $x126 (= (* div!2 ?x123) (+ 1.0 0.0))))))
(assert
 (let (($x130 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x130 (= 1.0 (* div!3 ts_sqrt!0)))))
(assert
 (let (($x130 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x130 (= (* div!4 ts_sqrt!0) (- 0.0 (* div!3 div!1))))))
(assert
 (let (($x137 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x137 (= 1.0 (* div!5 ts_sqrt!1)))))
(assert
 (let (($x137 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x137 (= (* div!6 ts_sqrt!1) (- 0.0 (* div!5 div!2))))))
(assert
 (let ((?x11 (+ x0_0 (/ 1.0 100000.0))))
 (>= ?x11 0.0)))
(assert
 (let ((?x113 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x113 0.0) true)))
(assert
 (let ((?x13 (+ x0_1 (/ 1.0 100000.0))))
 (>= ?x13 0.0)))
(assert
 (let ((?x123 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x123 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (let ((?x81 (* w_1 (* (- (/ 1.0 2.0)) (* div!5 (* div!5 div!5))))))
 (let ((?x91 (* div!6 w_1)))
 (let ((?x90 (* div!4 w_0)))
 (let ((?x92 (+ ?x90 ?x91)))
 (let (($x100 (= ?x92 ?x81)))
 (not $x100)))))))
(assert
 (let (($x144 (= ts_sqrt!0 ts_sqrt!1)))
(=> (and (= (+ x0_0 (/ 1.0 100000.0)) (+ x0_1 (/ 1.0 100000.0)))) $x144)))
(check-sat)
