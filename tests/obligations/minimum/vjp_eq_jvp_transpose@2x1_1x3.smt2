; torchsmt obligation minimum.vjp_eq_jvp_transpose@2x1_1x3 (lemma, op minimum, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 1), (1, 3)) params {}, off kinks
(set-info :source |torchsmt lemma minimum.vjp_eq_jvp_transpose@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x49 (* w_0_2 (ite (>= x1_0_2 x0_0_0) 1.0 0.0))))
(let ((?x50 (* w_0_1 (ite (>= x1_0_1 x0_0_0) 1.0 0.0))))
(let ((?x51 (* w_0_0 (ite (>= x1_0_0 x0_0_0) 1.0 0.0))))
(let ((?x65 (+ ?x51 ?x50 ?x49)))
(let ((?x123 (+ (* w_0_0 (ite (<= x1_0_0 x0_0_0) 0.0 1.0)) (* w_0_1 (ite (<= x1_0_1 x0_0_0) 0.0 1.0)) (* w_0_2 (ite (<= x1_0_2 x0_0_0) 0.0 1.0)))))
(let (($x102 (= ?x123 ?x65)))
(not $x102))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x46 (* w_1_2 (ite (>= x1_0_2 x0_1_0) 1.0 0.0))))
(let ((?x47 (* w_1_1 (ite (>= x1_0_1 x0_1_0) 1.0 0.0))))
(let ((?x48 (* w_1_0 (ite (>= x1_0_0 x0_1_0) 1.0 0.0))))
(let ((?x66 (+ ?x48 ?x47 ?x46)))
(let ((?x131 (+ (* w_1_0 (ite (<= x1_0_0 x0_1_0) 0.0 1.0)) (* w_1_1 (ite (<= x1_0_1 x0_1_0) 0.0 1.0)) (* w_1_2 (ite (<= x1_0_2 x0_1_0) 0.0 1.0)))))
(let (($x93 (= ?x131 ?x66)))
(not $x93))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x73 (+ (- w_0_0 (* w_0_0 (ite (>= x1_0_0 x0_0_0) 1.0 0.0))) (- w_1_0 (* w_1_0 (ite (>= x1_0_0 x0_1_0) 1.0 0.0))))))
(let ((?x137 (+ (* w_0_0 (ite (<= x1_0_0 x0_0_0) 1.0 0.0)) (* w_1_0 (ite (<= x1_0_0 x0_1_0) 1.0 0.0)))))
(let (($x100 (= ?x137 ?x73)))
(not $x100)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x74 (+ (- w_0_1 (* w_0_1 (ite (>= x1_0_1 x0_0_0) 1.0 0.0))) (- w_1_1 (* w_1_1 (ite (>= x1_0_1 x0_1_0) 1.0 0.0))))))
(let ((?x143 (+ (* w_0_1 (ite (<= x1_0_1 x0_0_0) 1.0 0.0)) (* w_1_1 (ite (<= x1_0_1 x0_1_0) 1.0 0.0)))))
(let (($x95 (= ?x143 ?x74)))
(not $x95)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_0_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x75 (+ (- w_0_2 (* w_0_2 (ite (>= x1_0_2 x0_0_0) 1.0 0.0))) (- w_1_2 (* w_1_2 (ite (>= x1_0_2 x0_1_0) 1.0 0.0))))))
(let ((?x149 (+ (* w_0_2 (ite (<= x1_0_2 x0_0_0) 1.0 0.0)) (* w_1_2 (ite (<= x1_0_2 x0_1_0) 1.0 0.0)))))
(let (($x98 (= ?x149 ?x75)))
(not $x98)))))
(check-sat)
