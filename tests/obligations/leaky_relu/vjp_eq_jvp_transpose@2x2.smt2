; torchsmt obligation leaky_relu.vjp_eq_jvp_transpose@2x2 (lemma, op leaky_relu, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 2),) params {'negative_slope': 0.5}, off kinks
(set-info :source |torchsmt lemma leaky_relu.vjp_eq_jvp_transpose@2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let ((?x64 (* w_0_0 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite (< 0.0 x0_0_0) 1.0 0.0))))))
(let ((?x98 (* w_0_0 (ite (<= x0_0_0 0.0) (/ 1.0 2.0) 1.0))))
(let (($x90 (= ?x98 ?x64)))
(not $x90)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let ((?x65 (* w_0_1 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite (< 0.0 x0_0_1) 1.0 0.0))))))
(let ((?x99 (* w_0_1 (ite (<= x0_0_1 0.0) (/ 1.0 2.0) 1.0))))
(let (($x91 (= ?x99 ?x65)))
(not $x91)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let ((?x66 (* w_1_0 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite (< 0.0 x0_1_0) 1.0 0.0))))))
(let ((?x108 (* w_1_0 (ite (<= x0_1_0 0.0) (/ 1.0 2.0) 1.0))))
(let (($x82 (= ?x108 ?x66)))
(not $x82)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun w_1_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let ((?x67 (* w_1_1 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite (< 0.0 x0_1_1) 1.0 0.0))))))
(let ((?x113 (* w_1_1 (ite (<= x0_1_1 0.0) (/ 1.0 2.0) 1.0))))
(let (($x89 (= ?x113 ?x67)))
(not $x89)))))
(check-sat)
